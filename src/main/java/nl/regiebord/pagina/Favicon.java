package nl.regiebord.pagina;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * {@code /favicon.ico}, which browsers ask for whatever the page links: the same picture as
 * {@code /static/favicon.svg} (three bars of a progress board on the dark blue of the header), drawn here as a
 * 32×32 icon so no binary file has to be kept in the repository.
 */
@Path("/favicon.ico")
public class Favicon {

    private static final int MAAT = 32;
    private static final int ACHTERGROND = 0xFF154273;
    private static final int GROEN = 0xFF7FD39A;
    private static final int WIT = 0xFFFFFFFF;
    private static final byte[] ICOON = teken();

    @GET
    @Produces("image/x-icon")
    public Response icoon() {
        return Response.ok(ICOON).header("Cache-Control", "public, max-age=86400").build();
    }

    /** The colour of a pixel, counted from the top left as in the SVG. */
    static int kleur(int x, int y) {
        if (buitenHoek(x, y)) {
            return 0;
        }
        if (x >= 7 && y >= 8 && y < 12 && x < 25) {
            return GROEN;
        }
        if (x >= 7 && ((y >= 14 && y < 18 && x < 20) || (y >= 20 && y < 24 && x < 15))) {
            return WIT;
        }
        return ACHTERGROND;
    }

    private static boolean buitenHoek(int x, int y) {
        int dx = Math.max(Math.max(3 - x, x - (MAAT - 4)), 0);
        int dy = Math.max(Math.max(3 - y, y - (MAAT - 4)), 0);
        return dx > 0 && dy > 0 && dx * dx + dy * dy > 9;
    }

    /** An ICO file with one 32-bit bitmap: header, directory entry, BITMAPINFOHEADER, pixels bottom-up, mask. */
    private static byte[] teken() {
        int pixels = MAAT * MAAT * 4;
        int masker = MAAT * 4;
        int bitmap = 40 + pixels + masker;
        ByteBuffer b = ByteBuffer.allocate(6 + 16 + bitmap).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) 1);
        b.put((byte) MAAT).put((byte) MAAT).put((byte) 0).put((byte) 0)
                .putShort((short) 1).putShort((short) 32).putInt(bitmap).putInt(6 + 16);
        b.putInt(40).putInt(MAAT).putInt(MAAT * 2).putShort((short) 1).putShort((short) 32)
                .putInt(0).putInt(pixels + masker).putInt(0).putInt(0).putInt(0).putInt(0);
        for (int y = MAAT - 1; y >= 0; y--) {
            for (int x = 0; x < MAAT; x++) {
                b.putInt(kleur(x, y)); // little-endian ARGB is the BGRA order a bitmap wants
            }
        }
        return b.array(); // the mask stays zero: the alpha channel decides
    }
}

package nl.regiebord.stuurgroep;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * The stuurgroep's pack on paper: the pack's HTML, made well-formed by jsoup, laid out on A4 with page numbers by
 * openhtmltopdf. DejaVu Sans is embedded where the system has it (Debian's fonts-dejavu-core); without it the
 * PDF's own Helvetica is used, which lacks the arrows, so those are left out.
 */
final class Vergaderpakket {

    static final String MEDIA_TYPE = "application/pdf";
    private static final File LETTERTYPEN = new File("/usr/share/fonts/truetype/dejavu");
    private static final File GEWOON = new File(LETTERTYPEN, "DejaVuSans.ttf");
    private static final File VET = new File(LETTERTYPEN, "DejaVuSans-Bold.ttf");

    private Vergaderpakket() {
    }

    static byte[] pdf(String html) {
        boolean dejavu = GEWOON.canRead() && VET.canRead();
        String tekst = dejavu ? html : html.replace("↑ ", "").replace("↓ ", "").replace("↔ ", "");
        org.jsoup.nodes.Document document = Jsoup.parse(tekst);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder bouwer = new PdfRendererBuilder();
            bouwer.useFastMode();
            if (dejavu) {
                bouwer.useFont(GEWOON, "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
                bouwer.useFont(VET, "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            }
            bouwer.withW3cDocument(new W3CDom().fromJsoup(document), "/");
            bouwer.toStream(uit);
            bouwer.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }
}

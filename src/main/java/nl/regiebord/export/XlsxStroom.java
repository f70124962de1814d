package nl.regiebord.export;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A workbook written straight into the HTTP response: SXSSF keeps a window of rows in memory and spills the
 * rest to temporary files, which are removed once the workbook is sent, also when sending fails.
 */
public final class XlsxStroom {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Rows per sheet kept in memory; enough for the freeze pane and styles, small enough to stay flat. */
    static final int VENSTER = 100;

    private XlsxStroom() {
    }

    /**
     * The answer of every xlsx download: the streamed workbook, its media type and its file name
     * {@code <Soort>-<plan>-<jjjj-mm-dd>.xlsx}.
     */
    public static Response download(Downloadsoort soort, String plannaam, LocalDate exportdatum,
                                    Consumer<SXSSFWorkbook> vulling) {
        String bestandsnaam = Downloadnaam.bestandsnaam(soort.naam(), plannaam, exportdatum, "xlsx");
        return Response.ok(van(vulling), MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloadnaam.contentDisposition(bestandsnaam))
                .build();
    }

    public static StreamingOutput van(Consumer<SXSSFWorkbook> vulling) {
        return uit -> {
            SXSSFWorkbook werkmap = new SXSSFWorkbook(VENSTER);
            try (werkmap) {
                vulling.accept(werkmap);
                werkmap.write(uit);
            } finally {
                werkmap.dispose();
            }
        };
    }
}

package nl.regiebord.export;

import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One xlsx download of a plan, served at {@code /plannen/{planId}/export/<bestand>} and its {@code /api} twin. A
 * feature offers a download by making its export bean implement this, marked with the file name as
 * {@code @Identifier("risicos.xlsx")}; {@link Werkmapdownloads} finds it by that name, so no feature needs a
 * resource of its own.
 */
public interface Werkmapdownload {

    /**
     * Reads what the workbook shows of the plan, in a transaction; the workbook itself is written afterwards,
     * outside it. {@code stappen} is the {@code ?stappen=} choice as given, for the downloads that take one.
     */
    Werkmap lees(Long planId, String stappen);

    /** What every workbook's content tells for its file name. */
    interface Inhoud {
        String plannaam();

        LocalDate exportdatum();
    }

    /** What is read, and how the workbook is written from it. */
    record Werkmap(Downloadsoort soort, String plannaam, LocalDate exportdatum, Consumer<SXSSFWorkbook> vulling) {

        public static <I extends Inhoud> Werkmap van(Downloadsoort soort, I inhoud,
                                                     BiConsumer<? super SXSSFWorkbook, I> schrijf) {
            return new Werkmap(soort, inhoud.plannaam(), inhoud.exportdatum(), werkmap -> schrijf.accept(werkmap, inhoud));
        }

        /** The xlsx answer: streamed, with its media type and file name. */
        public Response alsAntwoord() {
            return XlsxStroom.download(soort, plannaam, exportdatum, vulling);
        }
    }
}

package nl.regiebord.importeren;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import nl.regiebord.api.ApiFout;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens an uploaded file as an Excel workbook, or refuses it with a Dutch message that says what is wrong with
 * it: the wrong kind of file (415), protected with a password or damaged or hostile (400), too large (413).
 * The file's first bytes decide what it is, never its name or the type the browser claimed.
 */
final class Werkmapopener {

    /** An exported checklist is well under a megabyte; this leaves room for a filled-in one with pictures. */
    static final long MAX_BESTAND = 5L * 1024 * 1024;

    private static final Set<String> WERKMAPTYPEN = Set.of(XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

    private Werkmapopener() {
    }

    /** The workbook, read-only; close it to let go of the file. */
    static Uploadwerkmap open(Path bestand) {
        PoiGrenzen.inWerking();
        long grootte = grootte(bestand);
        if (grootte == 0) {
            throw new ApiFout(400, "Het bestand is leeg. Kies de ingevulde checklist (.xlsx) en probeer het opnieuw.",
                    null, null);
        }
        if (grootte > MAX_BESTAND) {
            throw ApiFout.teGroot(Uploadverzoek.BESTAND, "is groter dan " + megabytes(MAX_BESTAND) + " MB",
                    "Het bestand is te groot: " + megabytes(grootte)
                    + " MB, ten hoogste " + megabytes(MAX_BESTAND) + " MB. Een ingevulde checklist is veel kleiner; "
                    + "upload de werkmap zonder afbeeldingen of andere bladen.");
        }
        FileMagic soort = soort(bestand);
        if (soort == FileMagic.OLE2) {
            throw oudOfVersleuteld(bestand);
        }
        if (soort != FileMagic.OOXML) {
            throw new ApiFout(415, "Dit bestand is geen Excel-werkmap (.xlsx). Exporteer de checklist uit Regiebord, "
                    + "vul die in Excel of LibreOffice in en upload dat bestand.", null, null);
        }
        controleerUitgepakt(bestand);
        OPCPackage pakket = pakket(bestand);
        try {
            controleerWerkmap(pakket);
            return new Uploadwerkmap(new XSSFWorkbook(pakket));
        } catch (ApiFout fout) {
            pakket.revert();
            throw fout;
        } catch (IOException | InvalidFormatException | RuntimeException fout) {
            pakket.revert();
            throw onleesbaar(fout);
        }
    }

    /**
     * Inflates every entry once, counting the bytes, and refuses the file when together they exceed
     * {@link PoiGrenzen#MAX_UITGEPAKT}: the sizes a zip declares are the sender's word, the count is not. POI's
     * own limits (per entry, the packing ratio) apply while reading, as they will when POI opens it.
     */
    private static void controleerUitgepakt(Path bestand) {
        long totaal = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipSecureFile zip = new ZipSecureFile(bestand.toFile())) {
            for (ZipArchiveEntry deel : java.util.Collections.list(zip.getEntries())) {
                if (totaal + Math.max(0, deel.getSize()) > PoiGrenzen.MAX_UITGEPAKT) {
                    throw uitgepaktTeGroot();
                }
                try (InputStream in = zip.getInputStream(deel)) {
                    for (int gelezen = in.read(buffer); gelezen >= 0; gelezen = in.read(buffer)) {
                        totaal += gelezen;
                        if (totaal > PoiGrenzen.MAX_UITGEPAKT) {
                            throw uitgepaktTeGroot();
                        }
                    }
                }
            }
        } catch (ApiFout fout) {
            throw fout;
        } catch (IOException | RuntimeException fout) {
            throw onleesbaar(fout);
        }
    }

    private static ApiFout uitgepaktTeGroot() {
        return ApiFout.teGroot(Uploadverzoek.BESTAND, "is uitgepakt groter dan "
                + megabytes(PoiGrenzen.MAX_UITGEPAKT) + " MB", "Het bestand is geweigerd: uitgepakt is het groter dan "
                + megabytes(PoiGrenzen.MAX_UITGEPAKT) + " MB (een .xlsx is een zip-archief). Een ingevulde checklist "
                + "is uitgepakt een paar MB; upload de werkmap zonder extra bladen, afbeeldingen of andere bijlagen.");
    }

    private static OPCPackage pakket(Path bestand) {
        try {
            return OPCPackage.open(bestand.toFile(), PackageAccess.READ);
        } catch (NotOfficeXmlFileException | InvalidFormatException fout) {
            throw new ApiFout(415, "Dit bestand is een zip-archief, maar geen Excel-werkmap (.xlsx).", null, null);
        } catch (RuntimeException fout) {
            throw onleesbaar(fout);
        }
    }

    /** An OOXML package is a workbook only when its main part is one: a renamed .docx is not. */
    private static void controleerWerkmap(OPCPackage pakket) throws InvalidFormatException {
        PackageRelationshipCollection hoofd = pakket.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart deel = hoofd.size() == 0 ? null : pakket.getPart(hoofd.getRelationship(0));
        String type = deel == null ? "" : deel.getContentType();
        if (!WERKMAPTYPEN.contains(type)) {
            String wat = type.contains("wordprocessingml") ? "een Word-document"
                    : type.contains("presentationml") ? "een PowerPoint-presentatie" : "een Office-bestand";
            throw new ApiFout(415, "Dit bestand is " + wat + ", geen Excel-werkmap (.xlsx), ook al heet het misschien "
                    + "zo. Upload de checklist die uit Regiebord is geëxporteerd.", null, null);
        }
    }

    /** An OLE2 container: either an encrypted .xlsx (Excel wraps those in one) or an old .xls/.doc. */
    private static ApiFout oudOfVersleuteld(Path bestand) {
        try (POIFSFileSystem container = new POIFSFileSystem(bestand.toFile(), true)) {
            if (container.getRoot().hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)) {
                return new ApiFout(400, "Het bestand is beveiligd met een wachtwoord en kan daardoor niet worden "
                        + "gelezen. Haal in Excel het wachtwoord eraf (Bestand > Info > Werkmap beveiligen > "
                        + "Versleutelen met wachtwoord, het veld leegmaken), sla op en upload het opnieuw.", null, null);
            }
        } catch (IOException | RuntimeException fout) {
            return onleesbaar(fout);
        }
        return new ApiFout(415, "Dit bestand is in het oude Excel-formaat (.xls) of een ander ouder Office-formaat. "
                + "Sla het in Excel op als 'Excel-werkmap (.xlsx)' en upload het opnieuw.", null, null);
    }

    private static ApiFout onleesbaar(Throwable fout) {
        for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause()) {
            String melding = String.valueOf(oorzaak.getMessage());
            if (melding.contains("Zip bomb") || melding.contains("exceed") || melding.contains("max file count")) {
                return new ApiFout(400, "Het bestand is geweigerd: uitgepakt wordt het onevenredig groot (het lijkt "
                        + "een zip-bom). Upload de checklist zoals die uit Regiebord is geëxporteerd en ingevuld.",
                        null, null);
            }
        }
        return new ApiFout(400, "Het bestand is beschadigd en kan niet als Excel-werkmap worden gelezen. Open het "
                + "in Excel of LibreOffice, sla het opnieuw op als .xlsx en upload het nog eens.", null, null);
    }

    private static FileMagic soort(Path bestand) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(bestand))) {
            return FileMagic.valueOf(in);
        } catch (IOException fout) {
            throw onleesbaar(fout);
        }
    }

    private static long grootte(Path bestand) {
        try {
            return Files.size(bestand);
        } catch (IOException fout) {
            throw onleesbaar(fout);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.forLanguageTag("nl"), "%.1f", bytes / (1024.0 * 1024.0));
    }
}

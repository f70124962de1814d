package nl.regiebord.export;

import java.util.HexFormat;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The colours of every Regiebord workbook, in one place: a fill with a text colour dark enough to read on it
 * (WCAG AA contrast). Colour is never the only signal: a late row also says "te laat".
 */
public enum Palet {
    KOP("01689B", "FFFFFF"),
    THEMA("DCE9F2", "1A1A1A"),
    TE_LAAT("FFC7CE", "9C0006"),
    AFGEROND("C6EFCE", "006100");

    /** Thin cell borders, light enough not to compete with the text. */
    static final String RAND = "BFBFBF";

    private final String vulling;
    private final String tekst;

    Palet(String vulling, String tekst) {
        this.vulling = vulling;
        this.tekst = tekst;
    }

    public String vulling() {
        return vulling;
    }

    public String tekst() {
        return tekst;
    }

    static XSSFColor kleur(String rgb) {
        return new XSSFColor(HexFormat.of().parseHex(rgb), new DefaultIndexedColorMap());
    }
}

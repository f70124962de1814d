package nl.regiebord.importeren;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * POI's limits for reading a workbook someone uploaded, set on purpose rather than left at POI's defaults, which
 * allow an entry to expand to 4 GB. An exported Bijlage 1 checklist holds entries of about a megabyte, so these
 * leave ample room for a filled-in one while a hostile file is stopped long before it fills the memory.
 */
final class PoiGrenzen {

    /**
     * An entry may not expand more than 100 times (POI's default, kept deliberately): spreadsheet XML compresses
     * about 10 to 20 times, a zip bomb thousands of times.
     */
    static final double MIN_INPAKVERHOUDING = 0.01;
    /** Uncompressed size of one entry of the zip, such as a sheet's XML. */
    static final long MAX_ONDERDEEL = 100L * 1024 * 1024;
    /**
     * Uncompressed size of all entries together, counted while inflating before POI opens the workbook: without
     * it, two sheets just under {@link #MAX_ONDERDEEL} passed, and POI held both in memory. An exported checklist
     * unpacks to a few megabytes.
     */
    static final long MAX_UITGEPAKT = 50L * 1024 * 1024;
    /** Characters of text POI extracts from one entry. */
    static final long MAX_TEKST = 10L * 1024 * 1024;
    /** Entries in the zip: a workbook has a few dozen. */
    static final long MAX_ONDERDELEN = 1_000;
    /** The largest single byte array POI may allocate while reading (a picture, a part read whole). */
    static final int MAX_BYTE_ARRAY = 100 * 1024 * 1024;

    private PoiGrenzen() {
    }

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INPAKVERHOUDING);
        ZipSecureFile.setMaxEntrySize(MAX_ONDERDEEL);
        ZipSecureFile.setMaxTextSize(MAX_TEKST);
        ZipSecureFile.setMaxFileCount(MAX_ONDERDELEN);
        IOUtils.setByteArrayMaxOverride(MAX_BYTE_ARRAY);
    }

    /** Makes sure the limits are in force; they are global to POI, so once per JVM is enough. */
    static void inWerking() {
        // the static initialiser above does the work the first time this class is used
    }
}

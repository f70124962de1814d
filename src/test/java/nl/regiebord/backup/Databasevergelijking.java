package nl.regiebord.backup;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compares a restored database with the live one: the same tables, per table the same number of rows and every
 * row the same, value by value (both read in the same order), and every sequence at the same value. Rows are
 * streamed, so a database of any size fits in memory.
 */
final class Databasevergelijking {

    /** The tables whose rows the issue names: plans, actions and history; they must hold rows to compare. */
    static final List<String> KERNTABELLEN = List.of("plan_van_aanpak", "plan_gemeente", "plan_actie", "plan_stap",
            "besluit", "historie");

    private Databasevergelijking() {
    }

    /** Rows per table, by lower-case table name. */
    static Map<String, Long> aantallen(Connection verbinding) throws SQLException {
        Map<String, Long> aantallen = new TreeMap<>();
        for (String tabel : tabellen(verbinding)) {
            try (Statement opdracht = verbinding.createStatement();
                 ResultSet rij = opdracht.executeQuery("select count(*) from " + aanhalen(tabel))) {
                rij.next();
                aantallen.put(tabel.toLowerCase(), rij.getLong(1));
            }
        }
        return aantallen;
    }

    /** Fails with every difference found: missing tables, counts, the first differing row per table, sequences. */
    static void vergelijk(Connection live, Connection hersteld) throws SQLException {
        Map<String, Long> liveAantallen = aantallen(live);
        assertEquals(liveAantallen, aantallen(hersteld), "rijen per tabel, live en hersteld");
        for (String kern : KERNTABELLEN) {
            assertTrue(liveAantallen.getOrDefault(kern, 0L) > 0, "geen rijen in " + kern + " om te vergelijken");
        }
        List<String> verschillen = new ArrayList<>();
        for (String tabel : tabellen(live)) {
            String verschil = vergelijkRijen(live, hersteld, tabel);
            if (verschil != null) {
                verschillen.add(verschil);
            }
        }
        assertTrue(verschillen.isEmpty(), "rijen die na het terugzetten anders zijn:\n  "
                + String.join("\n  ", verschillen));
        assertEquals(reeksen(live), reeksen(hersteld), "de stand van de reeksen (sequences)");
    }

    /** The table names of the current schema as the database spells them. */
    static List<String> tabellen(Connection verbinding) throws SQLException {
        List<String> tabellen = new ArrayList<>();
        DatabaseMetaData metadata = verbinding.getMetaData();
        try (ResultSet rij = metadata.getTables(verbinding.getCatalog(), verbinding.getSchema(), "%",
                new String[]{"TABLE"})) {
            while (rij.next()) {
                tabellen.add(rij.getString("TABLE_NAME"));
            }
        }
        tabellen.sort(String.CASE_INSENSITIVE_ORDER);
        return tabellen;
    }

    /** Current value of every sequence, by lower-case name. */
    static Map<String, Long> reeksen(Connection verbinding) throws SQLException {
        String sql = verbinding.getMetaData().getDatabaseProductName().equals("PostgreSQL")
                ? "select sequencename, coalesce(last_value, 0) from pg_sequences where schemaname = current_schema()"
                : "select sequence_name, base_value from information_schema.sequences where sequence_schema = current_schema";
        Map<String, Long> reeksen = new TreeMap<>();
        try (Statement opdracht = verbinding.createStatement(); ResultSet rij = opdracht.executeQuery(sql)) {
            while (rij.next()) {
                reeksen.put(rij.getString(1).toLowerCase(), rij.getLong(2));
            }
        }
        assertTrue(reeksen.containsKey("historie_seq"), "geen reeks historie_seq in " + reeksen.keySet());
        return reeksen;
    }

    private static String vergelijkRijen(Connection live, Connection hersteld, String tabel) throws SQLException {
        String sql = "select * from " + aanhalen(tabel) + " order by " + alleKolommen(live, tabel);
        try (PreparedStatement a = live.prepareStatement(sql); PreparedStatement b = hersteld.prepareStatement(sql)) {
            a.setFetchSize(500);
            b.setFetchSize(500);
            try (ResultSet links = a.executeQuery(); ResultSet rechts = b.executeQuery()) {
                for (long nummer = 1; ; nummer++) {
                    boolean l = links.next();
                    boolean r = rechts.next();
                    if (!l || !r) {
                        return l == r ? null : tabel + ": rij " + nummer + " ontbreekt " + (l ? "hersteld" : "live");
                    }
                    String rijLinks = tekst(links);
                    String rijRechts = tekst(rechts);
                    if (!rijLinks.equals(rijRechts)) {
                        return tabel + ", rij " + nummer + ":\n    live:     " + rijLinks + "\n    hersteld: " + rijRechts;
                    }
                }
            }
        }
    }

    private static String alleKolommen(Connection verbinding, String tabel) throws SQLException {
        try (Statement opdracht = verbinding.createStatement();
             ResultSet leeg = opdracht.executeQuery("select * from " + aanhalen(tabel) + " where 1 = 0")) {
            StringJoiner kolommen = new StringJoiner(", ");
            for (int i = 1; i <= leeg.getMetaData().getColumnCount(); i++) {
                kolommen.add(String.valueOf(i));
            }
            return kolommen.toString();
        }
    }

    private static String tekst(ResultSet rij) throws SQLException {
        StringJoiner waarden = new StringJoiner(" | ");
        for (int i = 1; i <= rij.getMetaData().getColumnCount(); i++) {
            Object waarde = rij.getObject(i);
            if (waarde instanceof byte[] bytes) {
                waarde = HexFormat.of().formatHex(bytes);
            } else if (waarde instanceof Array reeks) {
                waarde = Arrays.deepToString((Object[]) reeks.getArray());
            }
            waarden.add(rij.getMetaData().getColumnName(i).toLowerCase() + "=" + Objects.toString(waarde));
        }
        return waarden.toString();
    }

    private static String aanhalen(String naam) {
        return '"' + naam.replace("\"", "\"\"") + '"';
    }
}

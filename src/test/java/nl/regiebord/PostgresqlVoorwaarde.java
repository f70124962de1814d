package nl.regiebord;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The second run of the suite, on PostgreSQL ({@code regiebord.testdb=postgresql}), needs a reachable server.
 * Without one the run is skipped with a message, except under {@code CI=true}, where it fails.
 * Registered for every test class through META-INF/services.
 */
public class PostgresqlVoorwaarde implements ExecutionCondition {

    private static volatile String bereikbaar;
    private static volatile boolean gemeld;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!"postgresql".equals(System.getProperty("regiebord.testdb"))) {
            return ConditionEvaluationResult.enabled("tests op H2");
        }
        String fout = controleer();
        if (fout == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL bereikbaar");
        }
        String melding = "PostgreSQL is niet bereikbaar (" + fout + "). Installeer en start het met "
                + "'apt-get install postgresql' of zie .ci/run; de tests op PostgreSQL zijn overgeslagen.";
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(melding.replace("zijn overgeslagen", "zijn onder CI=true verplicht"));
        }
        if (!gemeld) {
            gemeld = true;
            System.err.println("LET OP: " + melding);
        }
        return ConditionEvaluationResult.disabled(melding);
    }

    private static synchronized String controleer() {
        if (bereikbaar == null) {
            String url = System.getenv("_TEST_QUARKUS_DATASOURCE_JDBC_URL");
            try (Connection verbinding = DriverManager.getConnection(url, System.getenv("QUARKUS_DATASOURCE_USERNAME"),
                    System.getenv("QUARKUS_DATASOURCE_PASSWORD"))) {
                bereikbaar = "";
            } catch (SQLException e) {
                bereikbaar = url + ": " + e.getMessage();
            }
        }
        return bereikbaar.isEmpty() ? null : bereikbaar;
    }
}

package nl.regiebord.meting;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Counts every SQL statement Hibernate sends, for {@link SqlPerVerzoek}; leaves the statement as it is. */
@PersistenceUnitExtension
public class Sqlteller implements StatementInspector {

    static final AtomicLong AANTAL = new AtomicLong();

    /** Statements sent since start, by every request together. */
    public static long aantal() {
        return AANTAL.get();
    }

    @Override
    public String inspect(String sql) {
        AANTAL.incrementAndGet();
        return sql;
    }
}

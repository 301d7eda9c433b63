package id.laporbridge.dedup;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;

/** An H2 file database in a test folder, migrated by Flyway with this project's migrations. */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** Opens a pooled data source on {@code folder}/store and applies the migrations. */
    public static HikariDataSource migrated(Path folder) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + folder.resolve("store").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
        config.setMaximumPoolSize(2);
        HikariDataSource dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").baselineOnMigrate(false)
                .load().migrate();
        return dataSource;
    }
}

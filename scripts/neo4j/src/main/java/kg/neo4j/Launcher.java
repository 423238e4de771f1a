// Starts an embedded Neo4j Community server with a Bolt connector on 127.0.0.1, for development
// and CI. Why embedded: Maven Central ships Neo4j as libraries, not as a server tarball, so this
// launcher is the smallest way to get a real server from a registry. Configuration comes from the
// environment (see README lines in neo4j.sh); it prints "KG-NEO4J READY ..." once Bolt accepts
// logins with the configured password, which is what neo4j.sh waits for.
package kg.neo4j;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

public final class Launcher {
  private Launcher() {}

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
    Path home = Path.of(env("NEO4J_DATA_DIR", "./.neo4j/data")).toAbsolutePath().normalize();
    String username = env("NEO4J_USERNAME", "neo4j");
    String password = env("NEO4J_PASSWORD", "kg-password");
    String pageCache = env("NEO4J_PAGECACHE", "128m");

    boolean presetPassword = !Files.exists(home.resolve("data/databases/system")) && username.equals("neo4j");
    if (presetPassword) writeInitialPassword(home, password);

    DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        // A dev/test server: tests try wrong passwords on purpose, and the default lockout (3
        // failures -> user locked 5 s) would make parallel suites using the right one flaky.
        .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
        .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(pageCache))
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        // Bolt waits 5 s twice on shutdown for clients to leave; a dev/test server need not.
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("KG-NEO4J stopping");
      service.shutdown();
      stopped.countDown();
    }, "kg-neo4j-shutdown"));

    // A data directory remembers its users: once the user is set up, later starts skip the Cypher
    // round (a marker file records it), and a changed NEO4J_PASSWORD does not apply to it.
    Path marker = home.resolve("kg-user-ready");
    boolean ready = Files.exists(marker) && Files.readString(marker).trim().equals(username);
    if (!presetPassword && !ready) ensureUser(service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), username, password);
    Files.writeString(marker, username + "\n");
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.println("KG-NEO4J READY bolt://127.0.0.1:" + port + " user=" + username
        + " home=" + home + " startup_ms=" + millis);
    System.out.flush();
    stopped.await();
  }

  // The fast path for a fresh data directory, what `neo4j-admin dbms set-initial-password` does:
  // the system database, created on first start, takes user neo4j's credential from this file.
  // It saves compiling and running Cypher on a cold JVM (several seconds on a busy machine).
  private static void writeInitialPassword(Path home, String password) throws Exception {
    Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
    Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
    Files.createDirectories(file.getParent());
    Files.deleteIfExists(file);
    try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
      FileUserRepository users = new FileUserRepository(fs, file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
      users.start();
      users.create(new User("neo4j", null,
          SystemGraphCredential.createCredentialForPassword(password.getBytes(StandardCharsets.UTF_8), new SecureHasher()),
          false, false));
      users.shutdown();
    }
  }

  // On an existing data directory, or for another user name: Neo4j creates user neo4j with password "neo4j" that must be changed on first login; the
  // driver cannot run queries as such a user, so set the configured password here, once, through
  // the system database (embedded transactions run with full rights).
  private static void ensureUser(GraphDatabaseService system, String username, String password) {
    Map<String, Object> params = Map.of("user", username, "password", password);
    List<Boolean> changeRequired = system.executeTransactionally(
        "SHOW USERS YIELD user, passwordChangeRequired WHERE user = $user RETURN passwordChangeRequired",
        params,
        (Result result) -> result.stream().map(row -> (Boolean) row.get("passwordChangeRequired")).toList());
    if (changeRequired.isEmpty()) {
      system.executeTransactionally(
          "CREATE USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
    } else if (changeRequired.get(0)) {
      system.executeTransactionally(
          "ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
    }
    // An existing user whose password was already set keeps it: the data directory remembers it.
  }

  private static long parseBytes(String text) {
    String t = text.trim().toLowerCase();
    long factor = 1;
    if (t.endsWith("g")) { factor = 1L << 30; t = t.substring(0, t.length() - 1); }
    else if (t.endsWith("m")) { factor = 1L << 20; t = t.substring(0, t.length() - 1); }
    else if (t.endsWith("k")) { factor = 1L << 10; t = t.substring(0, t.length() - 1); }
    return Long.parseLong(t) * factor;
  }
}

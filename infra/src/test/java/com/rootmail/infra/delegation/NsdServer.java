package com.rootmail.infra.delegation;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * A real nsd serving one zone on 127.0.0.1 at a free high port, for as long as the test
 * needs it. Runs unprivileged: no chroot, no user switch, no database, all files in a
 * temporary directory.
 */
public final class NsdServer implements AutoCloseable {

    private static final Optional<Path> BINARY = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
            .map(dir -> Path.of(dir, "nsd"))
            .filter(Files::isExecutable)
            .findFirst()
            .or(() -> Optional.of(Path.of("/usr/sbin/nsd")).filter(Files::isExecutable));

    private final Process process;
    private final Path zoneFile;
    private final int port;
    private final String zone;

    private NsdServer(Process process, Path zoneFile, int port, String zone) {
        this.process = process;
        this.zoneFile = zoneFile;
        this.port = port;
        this.zone = zone;
    }

    public static void assumeInstalled() {
        assumeTrue(BINARY.isPresent(),
                "nsd is not installed (apt-get install nsd; .ci/run does it): these tests need a real DNS server");
    }

    public static NsdServer start(Path directory, String zone, String zoneText) throws IOException, InterruptedException {
        assumeInstalled();
        IOException last = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            Path dir = Files.createTempDirectory(directory, "nsd");
            int port = freeUdpAndTcpPort();
            Path zoneFile = dir.resolve(zone + ".zone");
            Files.writeString(zoneFile, zoneText, StandardCharsets.US_ASCII);
            Files.writeString(dir.resolve("nsd.conf"), config(dir, port, zone, zoneFile), StandardCharsets.US_ASCII);
            Process process = new ProcessBuilder(BINARY.orElseThrow().toString(), "-d", "-c", dir.resolve("nsd.conf").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("stdout.log").toFile())
                    .start();
            NsdServer server = new NsdServer(process, zoneFile, port, zone);
            if (server.awaitReady(Duration.ofSeconds(5))) {
                return server;
            }
            server.close();
            last = new IOException("nsd did not come up on port " + port + ": "
                    + Files.readString(dir.resolve("stdout.log")) + readIfExists(dir.resolve("nsd.log")));
        }
        throw last;
    }

    public int port() {
        return port;
    }

    public ParentServer server() {
        return ParentServer.parse("127.0.0.1:" + port);
    }

    /** Rewrites the zone and tells nsd to read it again (SIGHUP reloads changed zone files). */
    public void replaceZone(String zoneText) throws IOException, InterruptedException {
        Files.writeString(zoneFile, zoneText, StandardCharsets.US_ASCII);
        // nsd reloads only when the modification time changed; a rewrite within the same tick might not change it.
        Files.setLastModifiedTime(zoneFile, FileTime.from(Instant.now().plusSeconds(5)));
        // The shell's built-in kill: no dependency on a kill binary being installed.
        Process kill = new ProcessBuilder("sh", "-c", "kill -HUP " + process.pid()).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IOException("could not signal nsd " + process.pid());
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private boolean awaitReady(Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        SimpleResolver resolver = new SimpleResolver(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        resolver.setTimeout(Duration.ofMillis(100));
        Message query = Message.newQuery(Record.newRecord(Name.fromConstantString(zone + "."), Type.SOA, DClass.IN));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                Message reply = resolver.send(query);
                if (reply.getRcode() == Rcode.NOERROR && reply.getHeader().getFlag(Flags.AA)) {
                    return true;
                }
            } catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        return false;
    }

    private static int freeUdpAndTcpPort() throws IOException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        for (int attempt = 0; attempt < 20; attempt++) {
            try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(loopback, 0))) {
                try (ServerSocket tcp = new ServerSocket(udp.getLocalPort(), 1, loopback)) {
                    return tcp.getLocalPort();
                } catch (IOException takenForTcp) {
                    // try another
                }
            }
        }
        throw new IOException("no free port for both UDP and TCP on 127.0.0.1");
    }

    private static String config(Path dir, int port, String zone, Path zoneFile) {
        return """
                server:
                  ip-address: 127.0.0.1@%d
                  do-ip6: no
                  username: ""
                  chroot: ""
                  database: ""
                  zonesdir: "%s"
                  pidfile: "%s/nsd.pid"
                  logfile: "%s/nsd.log"
                  xfrdfile: "%s/xfrd.state"
                  xfrdir: "%s"
                  zonelistfile: "%s/zone.list"
                  server-count: 1
                  verbosity: 1
                remote-control:
                  control-enable: no
                zone:
                  name: "%s"
                  zonefile: "%s"
                """.formatted(port, dir, dir, dir, dir, dir, dir, zone, zoneFile);
    }

    private static String readIfExists(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}

package com.rootmail.infra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.rootmail.infra.delegation.NsdServer;
import com.rootmail.infra.delegation.ParentZoneText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code ./rootmail delegation} run in-process against a real nsd on loopback. */
class DelegationCommandTest {

    static final String EXPECTED = "ns-1.awsdns-01.org,ns-2.awsdns-02.net";

    @TempDir
    static Path tmp;

    static NsdServer parent;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeAll
    static void startParent() throws Exception {
        parent = NsdServer.start(tmp, ParentZoneText.ZONE, ParentZoneText.serial(1)
                .delegate("aws", List.of(EXPECTED.split(",")))
                .text());
    }

    @AfterAll
    static void stopParent() throws Exception {
        if (parent != null) {
            parent.close();
        }
    }

    @Test
    void liveDelegationExitsZeroAndShowsEachServer() {
        int exit = run("--domain", "aws.mycompany.test", "--expect", EXPECTED, "--parent-server", parentServer());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("  " + parentServer() + ": LIVE found ns-1.awsdns-01.org, ns-2.awsdns-02.net")
                .contains("Overall: LIVE")
                .doesNotContain(" IN NS ");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void missingDelegationExitsThreeAndPrintsTheZoneFileLinesToAdd() {
        int exit = run("--domain", "mail.mycompany.test", "--expect", EXPECTED, "--parent-server", parentServer());

        assertThat(exit).isEqualTo(3);
        assertThat(out.toString()).contains("Overall: MISSING")
                .contains("Add these NS records to the parent zone:")
                .contains("  mail.mycompany.test. 172800 IN NS ns-1.awsdns-01.org.\n")
                .contains("  mail.mycompany.test. 172800 IN NS ns-2.awsdns-02.net.\n");
    }

    @Test
    void parentThatNeverAnswersExitsThreeAsUnreachable() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0))) {
            int exit = run("--domain", "aws.mycompany.test", "--expect", EXPECTED,
                    "--parent-server", "127.0.0.1:" + silent.getLocalPort(), "--query-timeout", "PT0.3S");

            assertThat(exit).isEqualTo(3);
            assertThat(out.toString()).contains("UNREACHABLE (no answer within 300 ms)").contains("Overall: UNREACHABLE");
        }
    }

    @Test
    void waitThatRunsOutExitsThreeAndSaysHowToGoOn() {
        int exit = run("--domain", "mail.mycompany.test", "--expect", EXPECTED, "--parent-server", parentServer(), "--wait", "1s");

        assertThat(exit).isEqualTo(3);
        assertThat(out.toString())
                .contains("Delegation of mail.mycompany.test is MISSING after check 1 (0s elapsed); next check in 1s")
                .contains("Overall: MISSING")
                .endsWith("Gave up after waiting 1s; run the command again to keep waiting.\n");
    }

    @Test
    void waitEndsAtOnceWhenAlreadyLive() {
        int exit = run("--domain", "aws.mycompany.test", "--expect", EXPECTED, "--parent-server", parentServer(), "--wait", "2h");

        assertThat(exit).isZero();
        assertThat(out.toString()).doesNotContain("next check");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--parent-server|127.0.0.1:dns|invalid server '127.0.0.1:dns' (HOST:PORT): port is not a number",
        "--wait|soon|invalid duration 'soon': use e.g. 90m, 2h, 45s, 1h30m or PT2H",
        "--domain|localhost|invalid domain 'localhost': expected a name like aws.example.com",
        "--expect|ns-1.awsdns-01.org,localhost|invalid name server 'localhost': expected a name like aws.example.com",
        "--query-timeout|0s|--query-timeout must be longer than 0s",
        "--query-timeout|99999999h|--query-timeout must be at most 1m",
        "--domain|a;b.mycompany.test|invalid domain 'a;b.mycompany.test': only letters, digits and inner hyphens between the dots (xn-- form for international names)",
        "--domain|a b.mycompany.test|invalid domain 'a b.mycompany.test': only letters, digits and inner hyphens between the dots (xn-- form for international names)",
        "--expect|ns(1).awsdns-01.org|invalid name server 'ns(1).awsdns-01.org': only letters, digits and inner hyphens between the dots (xn-- form for international names)",
        "--expect|127.0.0.1|invalid name server '127.0.0.1': an IP address, not a name",
    })
    void badArgumentExitsTwoWithOneLineAndNoStackTrace(String option, String value, String message) {
        Map<String, String> args = new LinkedHashMap<>(Map.of(
                "--domain", "aws.mycompany.test", "--expect", EXPECTED, "--parent-server", parentServer()));
        args.put(option, value);

        int exit = run(args.entrySet().stream().flatMap(arg -> Stream.of(arg.getKey(), arg.getValue())).toArray(String[]::new));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("rootmail delegation: " + message + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void missingRequiredOptionExitsTwoWithUsageAndNoStackTrace() {
        int exit = run("--expect", EXPECTED);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith("Missing required option: '--domain=DOMAIN'").doesNotContain("Exception");
    }

    private int run(String... args) {
        CommandLine commandLine = RootMailCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("delegation"));
        all.addAll(List.of(args));
        return commandLine.execute(all.toArray(String[]::new));
    }

    private static String parentServer() {
        return "127.0.0.1:" + parent.port();
    }
}

package com.rootmail.handler;

import static org.assertj.core.api.Assertions.assertThat;

import com.rootmail.handler.classify.Verdicts;
import com.rootmail.handler.testing.LambdaHarness;
import com.rootmail.handler.testing.LocalS3;
import com.rootmail.handler.testing.LocalSsm;
import com.rootmail.handler.testing.ShadedJar;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The deployed artifact, not the classes: the shaded jar (minimized) runs the whole handler
 * in a fresh JVM, configured only by environment variables as in Lambda, against the local
 * S3 and SSM servers. Runs after {@code package} (failsafe), so it sees the jar just built.
 */
class ShadedJarIT {

    private static String run(ProcessBuilder java, String stdin) throws Exception {
        Process process = java.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the smoke run ends").isTrue();
        return "exit " + process.exitValue() + "\n" + new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void shadedJarHandlesAMailFromTheEnvironmentAlone() throws Exception {
        assertThat(ShadedJar.JAR).as("the shaded jar is built by the package phase").exists();
        LocalS3.put(LambdaHarness.BUCKET, "inbound/shaded-1", ("From: AWS <no-reply@signin.aws>\r\n"
                + "To: root+a@aws.example.test\r\nSubject: Amazon Web Services Password Assistance\r\n\r\n"
                + "Reset: https://signin.aws.amazon.com/resetpassword?token=c2hhZGVkLXNlY3JldC0xMjM0\r\n")
                .getBytes(StandardCharsets.UTF_8));
        try (LocalSsm ssm = new LocalSsm()) {
            String output = run(ShadedJar.java(ShadedJar.lambdaEnvironment(ssm), List.of(), ShadedJarSmoke.class),
                    LambdaHarness.notificationFor("shaded-1", Verdicts.parse("dmarc=PASS", Verdicts.ALL_GRAY)));

            assertThat(output).startsWith("exit 0").contains("failed=0")
                    .contains("classified password-reset: OpsItem oi-");
            assertThat(ssm.requests()).extracting(LocalSsm.Request::operation).containsExactly("PutParameter", "CreateOpsItem");
            assertThat(ssm.requests("CreateOpsItem").get(0).rawBody()).doesNotContain("c2hhZGVk");
        }
    }

    @Test
    void shadedJarFailsAtInitNamingTheMissingVariable() throws Exception {
        String output = run(ShadedJar.java(Map.of(), List.of(), ShadedJarSmoke.class), "");

        assertThat(output).doesNotStartWith("exit 0").contains("HOME_REGION is not set");
        assertThat(Files.size(ShadedJar.JAR)).as("jar size in bytes").isLessThan(18_000_000);
    }
}

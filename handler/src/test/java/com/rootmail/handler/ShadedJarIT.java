package com.rootmail.handler;

import static org.assertj.core.api.Assertions.assertThat;

import com.rootmail.handler.classify.Verdicts;
import com.rootmail.handler.testing.LambdaHarness;
import com.rootmail.handler.testing.LocalS3;
import com.rootmail.handler.testing.LocalSsm;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The deployed artifact, not the classes: the shaded jar (minimized) runs the whole handler
 * in a fresh JVM, configured only by environment variables as in Lambda, against the local
 * S3 and SSM servers. Runs after {@code package} (failsafe), so it sees the jar just built.
 */
class ShadedJarIT {

    private static final Path JAR = Path.of("target/rootmail-handler-lambda.jar");

    @Test
    void shadedJarHandlesAMailFromTheEnvironmentAlone() throws Exception {
        assertThat(JAR).as("the shaded jar is built by the package phase").exists();
        LocalS3.put(LambdaHarness.BUCKET, "inbound/shaded-1", ("From: AWS <no-reply@signin.aws>\r\n"
                + "To: root+a@aws.example.test\r\nSubject: Amazon Web Services Password Assistance\r\n\r\n"
                + "Reset: https://signin.aws.amazon.com/resetpassword?token=c2hhZGVkLXNlY3JldC0xMjM0\r\n")
                .getBytes(StandardCharsets.UTF_8));
        try (LocalSsm ssm = new LocalSsm()) {
            ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", JAR + File.pathSeparator + "target/test-classes", ShadedJarSmoke.class.getName())
                    .redirectErrorStream(true);
            Map<String, String> env = java.environment();
            env.clear();
            env.putAll(Map.of(
                    "HOME_REGION", LambdaHarness.HOME_REGION,
                    "MAIL_BUCKET", LambdaHarness.BUCKET,
                    "AWS_REGION", "eu-west-1",
                    "AWS_ACCESS_KEY_ID", "local-access",
                    "AWS_SECRET_ACCESS_KEY", "local-secret",
                    "AWS_ENDPOINT_URL_S3", LocalS3.endpoint().toString(),
                    "AWS_ENDPOINT_URL_SSM", ssm.endpoint().toString(),
                    "AWS_CONFIG_FILE", "/nonexistent/config",
                    "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials",
                    "AWS_EC2_METADATA_DISABLED", "true"));
            Process process = java.start();
            process.getOutputStream().write(LambdaHarness.notificationFor("shaded-1",
                    Verdicts.parse("dmarc=PASS", Verdicts.ALL_GRAY)).getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the smoke run ends").isTrue();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).contains("failed=0").contains("classified password-reset: OpsItem oi-");
            assertThat(ssm.requests()).extracting(LocalSsm.Request::operation).containsExactly("PutParameter", "CreateOpsItem");
            assertThat(ssm.requests("CreateOpsItem").get(0).rawBody()).doesNotContain("c2hhZGVk");
        }
    }

    @Test
    void shadedJarFailsAtInitNamingTheMissingVariable() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", JAR + File.pathSeparator + "target/test-classes", ShadedJarSmoke.class.getName())
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).isNotZero();
        assertThat(output).contains("HOME_REGION is not set");
        assertThat(Files.size(JAR)).as("jar size in bytes").isLessThan(20_000_000);
    }
}

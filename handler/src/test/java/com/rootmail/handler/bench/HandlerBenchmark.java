package com.rootmail.handler.bench;

import com.rootmail.handler.classify.Verdicts;
import com.rootmail.handler.mail.GeneratedMail;
import com.rootmail.handler.testing.LambdaHarness;
import com.rootmail.handler.testing.LocalS3;
import com.rootmail.handler.testing.LocalSsm;
import com.rootmail.handler.testing.ShadedJar;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Not a test: what one 40 MB mail costs the deployed handler. s3proxy and the local SSM
 * endpoint run here; the shaded jar runs in a child JVM with {@code -Xmx64m}, configured by
 * environment variables only, and handles the same notification five times (the first
 * creates the OpsItem, the others find it; every run reads and parses the whole mail).
 *
 * <pre>{@code
 * mvn -B -q -pl handler -Pbench-handler -DskipTests package exec:exec
 * }</pre>
 */
public final class HandlerBenchmark {

    private static final int RUNS = 5;

    private HandlerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (!Files.exists(ShadedJar.JAR)) {
            throw new IllegalStateException("build the shaded jar first (mvn package)");
        }
        Map<String, Supplier<InputStream>> mails = Map.of(
                "bench-attachment", () -> GeneratedMail.withAttachment(29_000_000, 76),
                "bench-html", () -> GeneratedMail.withLargeHtml(40_000_000));
        try (LocalSsm ssm = new LocalSsm(); S3Client s3 = LocalS3.client()) {
            for (Map.Entry<String, Supplier<InputStream>> mail : new TreeMap<>(mails).entrySet()) {
                Path file = Files.createTempFile("rootmail-bench", ".eml");
                try (InputStream in = mail.getValue().get()) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                LocalS3.bucket(LambdaHarness.BUCKET);
                s3.putObject(b -> b.bucket(LambdaHarness.BUCKET).key("inbound/" + mail.getKey()), RequestBody.fromFile(file));
                System.out.printf("%s: %.1f MB mail, handled in a child JVM with -Xmx64m%n", mail.getKey(),
                        Files.size(file) / 1e6);
                Files.delete(file);
                run(ssm, mail.getKey());
            }
        }
        System.exit(0);
    }

    private static void run(LocalSsm ssm, String messageId) throws Exception {
        Process process = ShadedJar.java(ShadedJar.lambdaEnvironment(ssm), List.of("-Xmx64m"), HandlerRun.class,
                String.valueOf(RUNS)).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        process.getOutputStream().write(LambdaHarness.notificationFor(messageId,
                Verdicts.parse("dmarc=PASS", Verdicts.ALL_GRAY)).getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        System.out.println("child exit " + process.waitFor());
    }
}

package com.rootmail.handler.testing;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a main class in a fresh JVM whose class path is the shaded Lambda jar plus the test
 * classes (for the main class and {@link TestContext}), with only the given environment.
 */
public final class ShadedJar {

    public static final Path JAR = Path.of("target/rootmail-handler-lambda.jar");

    private ShadedJar() {
    }

    /** The environment Lambda would give the function, pointing the SDK at the local servers. */
    public static Map<String, String> lambdaEnvironment(LocalSsm ssm) {
        return Map.ofEntries(
                Map.entry("HOME_REGION", LambdaHarness.HOME_REGION),
                Map.entry("MAIL_BUCKET", LambdaHarness.BUCKET),
                Map.entry("AWS_REGION", "eu-west-1"),
                Map.entry("AWS_ACCESS_KEY_ID", LocalS3.ACCESS_KEY),
                Map.entry("AWS_SECRET_ACCESS_KEY", LocalS3.SECRET_KEY),
                Map.entry("AWS_ENDPOINT_URL_S3", LocalS3.endpoint().toString()),
                Map.entry("AWS_ENDPOINT_URL_SSM", ssm.endpoint().toString()),
                Map.entry("AWS_CONFIG_FILE", "/nonexistent/config"),
                Map.entry("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials"),
                Map.entry("AWS_EC2_METADATA_DISABLED", "true"));
    }

    public static ProcessBuilder java(Map<String, String> environment, List<String> jvmOptions, Class<?> main,
                                      String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", JAR + File.pathSeparator + "target/test-classes", main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        return builder;
    }
}

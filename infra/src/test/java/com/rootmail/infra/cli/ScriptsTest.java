package com.rootmail.infra.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two shell scripts of the checkout, {@code ./rootmail} and {@code .ci/run}, run by bash
 * in a copy of their directory layout, with {@code mvn}, {@code java}, {@code apt-get} and
 * {@code sudo} replaced by scripts that record how they were called (nothing is built or installed).
 */
class ScriptsTest {

    static final Path CHECKOUT = Path.of("").toAbsolutePath().getParent();

    @TempDir
    Path tmp;

    Path checkout;
    Path fakes;
    Path calls;
    Path dependency;

    @BeforeEach
    void copyScriptsAndFakeTheTools() throws IOException {
        checkout = Files.createDirectories(tmp.resolve("a checkout with spaces"));
        Files.createDirectories(checkout.resolve(".ci"));
        Files.copy(CHECKOUT.resolve("rootmail"), checkout.resolve("rootmail"));
        Files.copy(CHECKOUT.resolve(".ci/run"), checkout.resolve(".ci/run"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>");
        for (String module : List.of("handler", "infra", "policy")) {
            Path source = checkout.resolve(module + "/src/main/java/A.java");
            Files.createDirectories(source.getParent());
            Files.writeString(source, "class A {}");
            Files.writeString(checkout.resolve(module + "/pom.xml"), "<project/>");
        }
        fakes = Files.createDirectories(tmp.resolve("bin"));
        dependency = Files.createDirectories(tmp.resolve("m2 repository")).resolve("dependency.jar");
        Files.writeString(dependency, "a jar");
        calls = tmp.resolve("calls");
        fake("mvn", "[ -z \"${FAIL_BUILD:-}\" ] || { echo 'COMPILATION ERROR in A.java'; exit 1; }\n"
                + "mkdir -p infra/target && echo '" + dependency + "' > infra/target/launcher.classpath");
        fake("java", "");
        fake("apt-get", "");
        // .ci/run installs through sudo when not root: the fake passes the command on to the fakes,
        // so that no test ever reaches the real apt-get.
        fake("sudo", "while [[ \"$1\" == -* ]]; do shift; done\nexec \"$@\"");
    }

    @Test
    void launcherBuildsOnceThenRunsWithoutBuildingFromAnyDirectory() throws Exception {
        Result first = run(tmp, "", checkout.resolve("rootmail").toString(), "--help");
        Result second = run(tmp, "", checkout.resolve("rootmail").toString(), "alias", "--domain", "aws.mycompany.test");

        assertThat(first.exit()).isZero();
        assertThat(first.calls()).hasSize(2);
        assertThat(first.calls().get(0)).startsWith("mvn -B -q -DskipTests package -pl infra -am");
        assertThat(first.calls().get(1)).startsWith("java ").endsWith("com.rootmail.infra.cli.RootMailCommand --help");
        assertThat(second.exit()).isZero();
        assertThat(second.calls()).singleElement().asString()
                .startsWith("java ").endsWith("RootMailCommand alias --domain aws.mycompany.test");
    }

    @Test
    void launcherRebuildsWhenASourceIsNewerThanTheLastBuild() throws Exception {
        run(tmp, "", checkout.resolve("rootmail").toString(), "--help");
        Files.setLastModifiedTime(checkout.resolve("policy/src/main/java/A.java"), FileTime.from(Instant.now().plusSeconds(60)));

        Result again = run(tmp, "", checkout.resolve("rootmail").toString(), "--help");

        assertThat(again.calls()).hasSize(2);
        assertThat(again.calls().get(0)).startsWith("mvn ");
    }

    @Test
    void launcherRebuildsWhenAJarOfTheClassPathIsGone() throws Exception {
        run(tmp, "", checkout.resolve("rootmail").toString(), "--help");
        Files.delete(dependency);

        Result again = run(tmp, "", checkout.resolve("rootmail").toString(), "--help");

        assertThat(again.calls()).hasSize(2);
        assertThat(again.calls().get(0)).startsWith("mvn ");
    }

    @Test
    void launcherShowsTheLogOfAFailedBuildAndExitsNonZeroWithoutRunning() throws Exception {
        Result failed = run(tmp, "FAIL_BUILD=1", checkout.resolve("rootmail").toString(), "--help");

        assertThat(failed.exit()).isNotZero();
        assertThat(failed.output()).contains("COMPILATION ERROR in A.java").contains("the build failed");
        assertThat(failed.calls()).singleElement().asString().startsWith("mvn ");
    }

    @Test
    void launcherPassesJavaOptsToJava() throws Exception {
        Result result = run(tmp, "JAVA_OPTS=-Xmx64m -Dx=1", checkout.resolve("rootmail").toString(), "--help");

        assertThat(result.calls().get(1)).contains(" -Xmx64m -Dx=1 ")
                .contains(" -cp " + checkout.resolve("infra/target/classes") + ":" + dependency + " ");
    }

    @Test
    void launcherRunsTheJavaOfJavaHomeAsMavenBuildsWithIt() throws Exception {
        Path javaHome = Files.createDirectories(tmp.resolve("jdk-17/bin")).getParent();
        fake(javaHome.resolve("bin/java"), "java-of-java-home", "");

        Result result = run(tmp, "JAVA_HOME=" + javaHome, checkout.resolve("rootmail").toString(), "--help");

        assertThat(result.calls()).hasSize(2);
        assertThat(result.calls().get(1)).startsWith("java-of-java-home ");
    }

    @Test
    void ciRunInstallsNothingWhenNsdIsInstalledOutsideThePathThenRunsTheReadmesTestCommand() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/nsd")), "nsd is not installed in /usr/sbin, where Debian puts it");

        Result result = run(tmp, "", checkout.resolve(".ci/run").toString());

        assertThat(result.exit()).isZero();
        assertThat(result.calls()).containsExactly("mvn -B verify");
    }

    @Test
    void ciRunInstallsNsdWhenItIsMissing() throws Exception {
        assumeTrue(!Files.exists(Path.of("/usr/sbin/nsd")), "nsd is installed here; this machine cannot show a missing one");

        Result result = run(tmp, "", checkout.resolve(".ci/run").toString());

        assertThat(result.calls()).contains("apt-get install -y -q --no-install-recommends nsd").endsWith("mvn -B verify");
    }

    record Result(int exit, String output, List<String> calls) {}

    /** Runs {@code command} in {@code dir} with the fakes first on a PATH that leaves out /usr/sbin, as a user's does. */
    private Result run(Path dir, String assignment, String... command) throws Exception {
        Files.deleteIfExists(calls);
        List<String> env = new ArrayList<>(List.of("env", "-i", "HOME=" + tmp, "PATH=" + fakes + ":/usr/bin:/bin"));
        if (!assignment.isEmpty()) {
            env.add(assignment);
        }
        env.add("bash");
        env.addAll(List.of(command));
        Process process = new ProcessBuilder(env).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("script finished").isTrue();
        List<String> recorded = Files.exists(calls) ? Files.readAllLines(calls) : List.of();
        return new Result(process.exitValue(), output, recorded);
    }

    private void fake(String name, String body) throws IOException {
        fake(fakes.resolve(name), name, body);
    }

    private void fake(Path script, String name, String body) throws IOException {
        Files.writeString(script, "#!/bin/bash\necho \"" + name + " $*\" >> '" + calls + "'\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}

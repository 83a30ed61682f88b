package com.rootmail.infra.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.deployment.Deployment;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;
import com.rootmail.infra.App;
import com.rootmail.infra.plan.PlaceholderMocks;
import com.rootmail.infra.plan.Registration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole program under Pulumi's mocks, with a scripted parent zone and a fake clock. */
class WaitingDelegationGateTest {

    static final String DOMAIN = "aws.mycompany.test";
    static final String VERIFICATION = "aws:ses/domainIdentityVerification:DomainIdentityVerification";
    /** What {@link PlaceholderMocks} gives the hosted zone. */
    static final List<String> ZONE_NAME_SERVERS = List.of("ns-1.awsdns-placeholder.org", "ns-2.awsdns-placeholder.co.uk",
            "ns-3.awsdns-placeholder.com", "ns-4.awsdns-placeholder.net");

    @TempDir
    Path tmp;

    final FakeTime time = new FakeTime();
    final RecordingLog log = new RecordingLog();

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    @Test
    void upWaitsUntilLiveBeforeSesVerificationGetsTheDomain() throws Exception {
        var check = new ScriptedCheck(DelegationStatus.MISSING, DelegationStatus.MISMATCH, DelegationStatus.LIVE);

        Run run = run(false, check, Map.of());

        run.result().throwOnError();
        assertThat(check.questions()).hasSize(3)
                .allSatisfy(question -> assertThat(question).isEqualTo(new ScriptedCheck.Question(DOMAIN, ZONE_NAME_SERVERS)));
        assertThat(run.mocks().checksBeforeVerification).isEqualTo(3);
        assertThat(registered(run, VERIFICATION)).singleElement()
                .satisfies(verification -> assertThat(verification.inputs()).containsEntry("domain", DOMAIN));
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(15));
        assertThat(log.at("warn")).hasSize(2)
                .anySatisfy(report -> assertThat(report).contains("Overall: MISSING")
                        .contains("  aws.mycompany.test. 172800 IN NS ns-1.awsdns-placeholder.org."))
                .anySatisfy(report -> assertThat(report).contains("Overall: MISMATCH").contains("Replace the NS records"));
        assertThat(log.at("info")).contains(
                "Waiting up to 2h for the parent zone to delegate aws.mycompany.test to " + String.join(", ", ZONE_NAME_SERVERS)
                        + " (rootmail:delegationTimeout)",
                "Delegation of aws.mycompany.test is MISSING after check 1 (0s elapsed); next check in 10s",
                "Delegation of aws.mycompany.test is live; SES domain verification proceeds");
    }

    @Test
    void previewReportsTheStatusOnceAndNeverWaits() throws Exception {
        var check = new ScriptedCheck(DelegationStatus.MISSING);

        Run run = run(true, check, Map.of());

        run.result().throwOnError();
        assertThat(check.questions()).hasSize(1);
        assertThat(time.sleeps).isEmpty();
        assertThat(log.at("warn")).singleElement().satisfies(report -> assertThat(report)
                .contains("Overall: MISSING", "  aws.mycompany.test. 172800 IN NS ns-4.awsdns-placeholder.net.")
                .endsWith("`pulumi up` waits up to 2h for these records before verifying the domain with SES."));
        assertThat(registered(run, VERIFICATION)).hasSize(1);
    }

    @Test
    void timeoutFailsTheDeploymentWithTheRecordsToAddAndHowToResume() throws Exception {
        var check = new ScriptedCheck(DelegationStatus.MISSING);

        Run run = run(false, check, Map.of("rootmail:delegationTimeout", "30m"));

        assertThat(failureMessages(run.result())).anySatisfy(message -> assertThat(message)
                .startsWith("The parent zone does not delegate aws.mycompany.test to its hosted zone after waiting 30m (MISSING).")
                .contains(ZONE_NAME_SERVERS.stream().map(ns -> "  aws.mycompany.test. 172800 IN NS " + ns + ".").toList())
                .contains("run `pulumi up` again"));
        assertThat(time.now()).isEqualTo(FakeTime.START.plus(Duration.ofMinutes(30)));
        assertThat(registered(run, VERIFICATION)).isEmpty();
    }

    @Test
    void zeroTimeoutReportsOnceAndLetsVerificationGoAhead() throws Exception {
        var check = new ScriptedCheck(DelegationStatus.UNREACHABLE);

        Run run = run(false, check, Map.of("rootmail:delegationTimeout", "0s"));

        run.result().throwOnError();
        assertThat(check.questions()).hasSize(1);
        assertThat(time.sleeps).isEmpty();
        assertThat(log.at("warn")).singleElement().satisfies(report -> assertThat(report)
                .contains("Overall: UNREACHABLE").endsWith("SES domain verification proceeds and waits for these records itself."));
        assertThat(registered(run, VERIFICATION)).hasSize(1);
    }

    @Test
    void parentZoneInRoute53GetsTheNsRecordsThroughTheHomeProvider() throws Exception {
        Run run = run(false, new ScriptedCheck(DelegationStatus.LIVE), Map.of("rootmail:parentZoneId", "Z0PARENT123"));

        run.result().throwOnError();
        assertThat(registered(run, "aws:route53/record:Record")).filteredOn(record -> record.name().equals("rootmail-delegation"))
                .singleElement().satisfies(record -> {
                    assertThat(record.inputs()).containsEntry("zoneId", "Z0PARENT123").containsEntry("name", DOMAIN)
                            .containsEntry("type", "NS").containsEntry("records", ZONE_NAME_SERVERS)
                            .containsEntry("ttl", 172_800L)
                            .containsEntry("allowOverwrite", false);
                    assertThat(record.region()).isEqualTo("eu-central-1");
                    assertThat(record.provider()).contains("rootmail-home");
                });
        assertThat(registered(run, Registration.AWS_PROVIDER_TYPE)).extracting(Registration::name)
                .doesNotContain("rootmail-parent-zone");
    }

    @Test
    void parentZoneInAnotherAccountIsWrittenThroughAProviderAssumingTheRole() throws Exception {
        String role = "arn:aws:iam::111122223333:role/dns-delegation";

        Run run = run(false, new ScriptedCheck(DelegationStatus.LIVE),
                Map.of("rootmail:parentZoneId", "Z0PARENT123", "rootmail:parentZoneRoleArn", role));

        run.result().throwOnError();
        assertThat(registered(run, Registration.AWS_PROVIDER_TYPE)).filteredOn(p -> p.name().equals("rootmail-parent-zone"))
                .singleElement().satisfies(provider -> {
                    assertThat(provider.inputs()).containsEntry("region", "eu-central-1");
                    assertThat(provider.inputs().get("assumeRole").toString()).contains(role);
                });
        assertThat(registered(run, "aws:route53/record:Record")).filteredOn(record -> record.name().equals("rootmail-delegation"))
                .singleElement().satisfies(record -> assertThat(record.provider()).contains("rootmail-parent-zone"));
    }

    @Test
    void withoutParentZoneTheProgramWritesNothingOutsideItsZone() throws Exception {
        Run run = run(false, new ScriptedCheck(DelegationStatus.LIVE), Map.of());

        run.result().throwOnError();
        assertThat(registered(run, "aws:route53/record:Record")).extracting(Registration::name)
                .isNotEmpty().doesNotContain("rootmail-delegation");
    }

    record Run(TestResult result, WatchedMocks mocks) {}

    private Run run(boolean preview, ScriptedCheck check, Map<String, String> extraConfig) throws Exception {
        Path jar = Files.writeString(tmp.resolve("handler.jar"), "not a real jar; the mocks never read it");
        Map<String, String> config = new HashMap<>(Map.of(
                "aws:region", "eu-central-1", "rootmail:domain", DOMAIN, "rootmail:handlerJar", jar.toString()));
        config.putAll(extraConfig);
        var gate = new WaitingDelegationGate(new DelegationWaiter(check, Backoff.PROGRAM, time.clock(), time::sleep),
                DelegationSettings.read(key -> Optional.ofNullable(config.get(key))), log,
                () -> Deployment.getInstance().isDryRun());
        var mocks = new WatchedMocks(check);
        TestResult result = PulumiTestInternal.builder()
                .options(TestOptions.builder().projectName(App.NAME).stackName("test").preview(preview).build())
                .mocks(mocks)
                .config(config)
                .standardLogger(PulumiTestInternal.logger(Level.OFF))
                .build()
                .runTest(App.program(tmp, gate));
        return new Run(result, mocks);
    }

    private static List<Registration> registered(Run run, String type) {
        return run.mocks().placeholders.registrations().stream().filter(r -> r.type().equals(type)).toList();
    }

    private static List<String> failureMessages(TestResult result) {
        return Stream.concat(
                result.exceptions().stream().flatMap(e -> Stream.iterate((Throwable) e, t -> t != null, Throwable::getCause))
                        .map(Throwable::getMessage).filter(message -> message != null),
                result.errors().stream()).toList();
    }

    /** The placeholder AWS, noting how many checks had run when SES verification was registered. */
    static final class WatchedMocks implements Mocks {
        final PlaceholderMocks placeholders = new PlaceholderMocks();
        final ScriptedCheck check;
        volatile Integer checksBeforeVerification;

        WatchedMocks(ScriptedCheck check) {
            this.check = check;
        }

        @Override
        public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
            if (args.type.equals(VERIFICATION)) {
                checksBeforeVerification = check.questions().size();
            }
            return placeholders.newResourceAsync(args);
        }

        @Override
        public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
            return placeholders.callAsync(args);
        }
    }
}

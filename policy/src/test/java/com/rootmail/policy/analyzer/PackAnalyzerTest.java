package com.rootmail.policy.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Empty;
import com.rootmail.policy.CompliantStack;
import com.rootmail.policy.PolicyPack;
import com.rootmail.policy.PolicyResource;
import com.rootmail.policy.ResourcePolicy;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pulumirpc.AnalyzerGrpc;
import pulumirpc.AnalyzerOuterClass.AnalyzeDiagnostic;
import pulumirpc.AnalyzerOuterClass.AnalyzeStackRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerHandshakeRequest;
import pulumirpc.AnalyzerOuterClass.EnforcementLevel;
import pulumirpc.AnalyzerOuterClass.PolicyInfo;
import pulumirpc.AnalyzerOuterClass.PolicyType;

/** The analyzer as the engine talks to it, over an in-process gRPC channel. */
class PackAnalyzerTest {

    private Server server;
    private ManagedChannel channel;
    private AnalyzerGrpc.AnalyzerBlockingStub engine;

    @BeforeEach
    void start() throws IOException {
        serve(PolicyPack.rootMail());
    }

    private void serve(PolicyPack pack) throws IOException {
        String name = InProcessServerBuilder.generateName();
        server = InProcessServerBuilder.forName(name).directExecutor()
                .addService(new PackAnalyzer(pack)).build().start();
        channel = InProcessChannelBuilder.forName(name).directExecutor().build();
        engine = AnalyzerGrpc.newBlockingStub(channel);
    }

    @AfterEach
    void stop() {
        channel.shutdownNow();
        server.shutdownNow();
    }

    @Test
    void analyzerInfoListsEveryPolicyWithItsEnforcementLevelAndKind() {
        var info = engine.getAnalyzerInfo(Empty.getDefaultInstance());

        assertThat(info.getName()).isEqualTo("rootmail");
        assertThat(info.getSupportsConfig()).isFalse();
        assertThat(info.getPoliciesList()).extracting(PolicyInfo::getName)
                .containsExactlyElementsOf(PolicyPack.rootMail().policies().stream().map(p -> p.name()).toList());
        assertThat(info.getPoliciesList()).allSatisfy(p -> {
            assertThat(p.getEnforcementLevel()).isEqualTo(EnforcementLevel.MANDATORY);
            assertThat(p.getDescription()).isNotBlank();
        });
        assertThat(info.getPoliciesList()).filteredOn(p -> p.getName().equals("s3-bucket-hardened"))
                .singleElement().extracting(PolicyInfo::getPolicyType).isEqualTo(PolicyType.POLICY_TYPE_STACK);
        assertThat(info.getPoliciesList()).filteredOn(p -> p.getName().equals("lambda-arm64"))
                .singleElement().extracting(PolicyInfo::getPolicyType).isEqualTo(PolicyType.POLICY_TYPE_RESOURCE);
    }

    @Test
    void handshakePluginInfoAndStackConfigurationAreAnswered() {
        assertThat(engine.handshake(AnalyzerHandshakeRequest.newBuilder().setEngineAddress("127.0.0.1:1").build()))
                .isNotNull();
        assertThat(engine.getPluginInfo(Empty.getDefaultInstance()).getVersion()).isEqualTo("0.1.0");
        assertThat(engine.configureStack(pulumirpc.AnalyzerOuterClass.AnalyzerStackConfigureRequest.newBuilder()
                .setStack("dev").setProject("rootmail").build())).isNotNull();
    }

    @Test
    void aCompliantStackGetsNoDiagnosticsPerResourceOrForTheStack() {
        List<PolicyResource> stack = CompliantStack.resources();

        for (PolicyResource resource : stack) {
            assertThat(engine.analyze(Protos.request(resource)).getDiagnosticsList()).as(resource.name()).isEmpty();
        }
        assertThat(analyzeStack(stack)).isEmpty();
    }

    @Test
    void aReceiptRuleWithoutTlsGetsAMandatoryDiagnosticOnItsUrn() {
        PolicyResource rule = CompliantStack.withProperty("rule", "tlsPolicy", "Optional").stream()
                .filter(r -> r.name().equals("rule")).findFirst().orElseThrow();

        var diagnostics = engine.analyze(Protos.request(rule)).getDiagnosticsList();

        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.getPolicyName()).isEqualTo("ses-receipt-rule-requires-tls");
            assertThat(d.getPolicyPackName()).isEqualTo("rootmail");
            assertThat(d.getEnforcementLevel()).isEqualTo(EnforcementLevel.MANDATORY);
            assertThat(d.getUrn()).isEqualTo(rule.urn());
            assertThat(d.getMessage()).contains("tlsPolicy is Optional");
        });
    }

    @Test
    void theStackAnalysisFindsABucketWithoutItsPublicAccessBlock() {
        var diagnostics = analyzeStack(CompliantStack.without("mail-public-access"));

        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.getPolicyName()).isEqualTo("s3-bucket-hardened");
            assertThat(d.getMessage()).contains("no public access block");
        });
    }

    @Test
    void theStackAnalysisFindsAResourceOnTheDefaultProvider() {
        var stack = CompliantStack.with("handler", r -> new PolicyResource(r.type(), r.name(), r.urn(), "",
                "default_6_83_0", "eu-west-1", r.properties(), r.retainOnDelete()));

        assertThat(analyzeStack(stack)).extracting(AnalyzeDiagnostic::getPolicyName).containsExactly("aws-explicit-provider");
    }

    @Test
    void theRegionComesFromTheResourcesProvider() {
        var stack = CompliantStack.with("rule-set", r -> new PolicyResource(r.type(), r.name(), r.urn(), "",
                r.provider(), "eu-north-1", r.properties(), r.retainOnDelete()));
        PolicyResource ruleSet = stack.stream().filter(r -> r.name().equals("rule-set")).findFirst().orElseThrow();

        assertThat(engine.analyze(Protos.request(ruleSet)).getDiagnosticsList())
                .extracting(AnalyzeDiagnostic::getMessage).containsExactly("eu-north-1 is not a region where SES receives mail");
    }

    @Test
    void valuesUnknownDuringThePreviewRaiseNoDiagnostic() {
        var stack = CompliantStack.withProperty("mail-policy", "policy", PolicyResource.UNKNOWN);
        PolicyResource policy = stack.stream().filter(r -> r.name().equals("mail-policy")).findFirst().orElseThrow();

        assertThat(engine.analyze(Protos.request(policy)).getDiagnosticsList()).isEmpty();
    }

    /** A rule that throws must not take the analyzer down: the engine gets an error naming the pack, and asks on. */
    @Test
    void aFailingPolicyBecomesAnInternalErrorAndTheAnalyzerKeepsAnswering() throws IOException {
        stop();
        serve(new PolicyPack("broken", "1", List.of(new ResourcePolicy("throws", "always throws",
                com.rootmail.policy.EnforcementLevel.MANDATORY, Set.of("aws:ses/receiptRule:ReceiptRule"),
                resource -> {
                    throw new IllegalStateException("rule bug");
                }))));
        PolicyResource rule = CompliantStack.resources().stream()
                .filter(r -> r.name().equals("rule")).findFirst().orElseThrow();

        assertThatThrownBy(() -> engine.analyze(Protos.request(rule)))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
                    assertThat(e.getStatus().getDescription()).startsWith("rootmail policy pack: ")
                            .contains("rule bug");
                });
        assertThat(engine.getPluginInfo(Empty.getDefaultInstance()).getVersion()).isEqualTo("1");
    }

    private List<AnalyzeDiagnostic> analyzeStack(List<PolicyResource> stack) {
        var request = AnalyzeStackRequest.newBuilder();
        stack.forEach(resource -> request.addResources(Protos.resource(resource)));
        return engine.analyzeStack(request.build()).getDiagnosticsList();
    }
}

package com.rootmail.policy.analyzer;

import com.google.protobuf.Empty;
import com.rootmail.policy.EnforcementLevel;
import com.rootmail.policy.Policy;
import com.rootmail.policy.PolicyPack;
import com.rootmail.policy.PolicyResource;
import com.rootmail.policy.ResourcePolicy;
import com.rootmail.policy.Violation;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.function.Supplier;
import pulumirpc.AnalyzerGrpc;
import pulumirpc.AnalyzerOuterClass.AnalyzeDiagnostic;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzeResponse;
import pulumirpc.AnalyzerOuterClass.AnalyzeStackRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerHandshakeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerHandshakeResponse;
import pulumirpc.AnalyzerOuterClass.AnalyzerInfo;
import pulumirpc.AnalyzerOuterClass.AnalyzerStackConfigureRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerStackConfigureResponse;
import pulumirpc.AnalyzerOuterClass.PolicyInfo;
import pulumirpc.AnalyzerOuterClass.PolicyType;
import pulumirpc.Plugin.PluginInfo;

/**
 * The Pulumi engine's analyzer service over a {@link PolicyPack}: {@code Analyze} runs the
 * resource policies on each resource as it is registered, {@code AnalyzeStack} the stack
 * policies once over all of them, so no violation is reported twice. The pack takes no
 * policy configuration ({@code supportsConfig} is false); {@code Configure} stays
 * unimplemented, which the engine only calls when the user passes policy config.
 *
 * <pre>{@code
 * Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
 *         .addService(new PackAnalyzer(PolicyPack.rootMail())).build().start();
 * }</pre>
 */
public final class PackAnalyzer extends AnalyzerGrpc.AnalyzerImplBase {

    private final PolicyPack pack;

    public PackAnalyzer(PolicyPack pack) {
        this.pack = pack;
    }

    @Override
    public void handshake(AnalyzerHandshakeRequest request, StreamObserver<AnalyzerHandshakeResponse> reply) {
        answer(reply, AnalyzerHandshakeResponse::getDefaultInstance);
    }

    @Override
    public void configureStack(AnalyzerStackConfigureRequest request, StreamObserver<AnalyzerStackConfigureResponse> reply) {
        // The rules need no stack configuration: everything they judge is in the resources.
        answer(reply, AnalyzerStackConfigureResponse::getDefaultInstance);
    }

    @Override
    public void getPluginInfo(Empty request, StreamObserver<PluginInfo> reply) {
        answer(reply, () -> PluginInfo.newBuilder().setVersion(pack.version()).build());
    }

    @Override
    public void getAnalyzerInfo(Empty request, StreamObserver<AnalyzerInfo> reply) {
        answer(reply, () -> AnalyzerInfo.newBuilder()
                .setName(pack.name())
                .setDisplayName("RootMail policies")
                .setVersion(pack.version())
                .setSupportsConfig(false)
                .addAllPolicies(pack.policies().stream().map(PackAnalyzer::info).toList())
                .build());
    }

    @Override
    public void analyze(AnalyzeRequest request, StreamObserver<AnalyzeResponse> reply) {
        answer(reply, () -> response(pack.checkResource(AnalyzerResources.of(request))));
    }

    @Override
    public void analyzeStack(AnalyzeStackRequest request, StreamObserver<AnalyzeResponse> reply) {
        answer(reply, () -> {
            List<PolicyResource> resources = request.getResourcesList().stream().map(AnalyzerResources::of).toList();
            return response(pack.checkStack(resources));
        });
    }

    private static PolicyInfo info(Policy policy) {
        return PolicyInfo.newBuilder()
                .setName(policy.name())
                .setDisplayName(policy.name())
                .setDescription(policy.description())
                .setEnforcementLevel(level(policy.enforcementLevel()))
                .setPolicyType(policy instanceof ResourcePolicy ? PolicyType.POLICY_TYPE_RESOURCE : PolicyType.POLICY_TYPE_STACK)
                .build();
    }

    private AnalyzeResponse response(List<Violation> violations) {
        var response = AnalyzeResponse.newBuilder();
        for (Violation violation : violations) {
            Policy policy = pack.policies().stream().filter(p -> p.name().equals(violation.policyName())).findFirst()
                    .orElseThrow();
            response.addDiagnostics(AnalyzeDiagnostic.newBuilder()
                    .setPolicyName(violation.policyName())
                    .setPolicyPackName(pack.name())
                    .setPolicyPackVersion(pack.version())
                    .setDescription(policy.description())
                    .setMessage(violation.message())
                    .setEnforcementLevel(level(violation.enforcementLevel()))
                    .setUrn(violation.urn()));
        }
        return response.build();
    }

    private static pulumirpc.AnalyzerOuterClass.EnforcementLevel level(EnforcementLevel level) {
        return switch (level) {
            case ADVISORY -> pulumirpc.AnalyzerOuterClass.EnforcementLevel.ADVISORY;
            case MANDATORY -> pulumirpc.AnalyzerOuterClass.EnforcementLevel.MANDATORY;
        };
    }

    /** One reply; a failing policy becomes an INTERNAL error for the engine to report, not a dead server. */
    private static <T> void answer(StreamObserver<T> reply, Supplier<T> answer) {
        T value;
        try {
            value = answer.get();
        } catch (RuntimeException e) {
            reply.onError(Status.INTERNAL.withDescription("rootmail policy pack: " + e).withCause(e).asRuntimeException());
            return;
        }
        reply.onNext(value);
        reply.onCompleted();
    }
}

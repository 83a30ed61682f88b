package com.rootmail.policy.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Empty;
import com.rootmail.policy.PolicyPack;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Server;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import pulumirpc.AnalyzerGrpc;

/** The launch contract with the Pulumi CLI: the first stdout line is the port, on 127.0.0.1. */
class AnalyzerMainTest {

    @Test
    void printsThePortItListensOnAndAnswersThereOnLoopback() throws Exception {
        var stdout = new ByteArrayOutputStream();
        Server server = AnalyzerMain.start(PolicyPack.rootMail(), new PrintStream(stdout, true, StandardCharsets.UTF_8));
        ManagedChannel channel = null;
        try {
            String firstLine = stdout.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
            int port = Integer.parseInt(firstLine);
            assertThat(port).isEqualTo(server.getPort()).isPositive();
            assertThat(server.getListenSockets()).singleElement()
                    .satisfies(a -> assertThat(((InetSocketAddress) a).getAddress().getHostAddress()).isEqualTo("127.0.0.1"));

            // What the CLI does: dial 127.0.0.1:<port>, then ask for the pack's policies.
            channel = ManagedChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
            var info = AnalyzerGrpc.newBlockingStub(channel).getAnalyzerInfo(Empty.getDefaultInstance());
            assertThat(info.getPoliciesCount()).isEqualTo(PolicyPack.rootMail().policies().size());
        } finally {
            if (channel != null) {
                channel.shutdownNow();
            }
            server.shutdownNow().awaitTermination();
        }
    }
}

package com.rootmail.policy.analyzer;

import com.rootmail.policy.PolicyPack;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The policy pack as a Pulumi analyzer plugin: listens on 127.0.0.1 on a free port and
 * prints that port as the first line of stdout, which is how the Pulumi CLI learns where
 * to connect. The CLI passes the engine's address and the pack directory as arguments;
 * the pack needs neither. Runs until the CLI stops the process.
 *
 * <pre>{@code
 * PATH="$PWD/policy:$PATH" pulumi preview --policy-pack policy
 * }</pre>
 */
public final class AnalyzerMain {

    private AnalyzerMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        start(PolicyPack.rootMail(), System.out).awaitTermination();
    }

    /** Starts the analyzer on a free loopback port and announces the port on {@code out}. */
    static Server start(PolicyPack pack, PrintStream out) throws IOException {
        // The CLI dials 127.0.0.1:<port>, so IPv4 loopback, whatever the JVM prefers.
        Server server = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0))
                .addService(new PackAnalyzer(pack))
                .build()
                .start();
        out.println(server.getPort());
        out.flush();
        return server;
    }
}

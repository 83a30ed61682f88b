package com.rootmail.infra.delegation;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;

/**
 * Asks one server one question without recursion: over UDP, then over TCP when the UDP
 * reply was truncated. The fallback is done here rather than inside dnsjava so that the
 * report can say which transport answered.
 */
final class DnsExchange {

    private final Duration timeout;

    DnsExchange(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("query timeout must be positive: " + timeout);
        }
        this.timeout = timeout;
    }

    record Reply(Message message, boolean overTcp) {}

    Reply ask(InetSocketAddress server, Name name, int type) throws IOException {
        SimpleResolver resolver = new SimpleResolver(resolve(server));
        resolver.setTimeout(timeout);
        resolver.setIgnoreTruncation(true);
        Message udpReply = resolver.send(nonRecursiveQuery(name, type));
        if (!udpReply.getHeader().getFlag(Flags.TC)) {
            return new Reply(udpReply, false);
        }
        resolver.setTCP(true);
        return new Reply(resolver.send(nonRecursiveQuery(name, type)), true);
    }

    Duration timeout() {
        return timeout;
    }

    /** Recursion off: the server must answer from its own zone data, never from a cache. */
    private static Message nonRecursiveQuery(Name name, int type) {
        Message query = Message.newQuery(Record.newRecord(name, type, DClass.IN));
        query.getHeader().unsetFlag(Flags.RD);
        return query;
    }

    private static InetSocketAddress resolve(InetSocketAddress server) throws UnknownHostException {
        if (!server.isUnresolved()) {
            return server;
        }
        InetSocketAddress resolved = new InetSocketAddress(server.getHostString(), server.getPort());
        if (resolved.isUnresolved()) {
            throw new UnknownHostException("cannot resolve " + server.getHostString());
        }
        return resolved;
    }
}

package com.rootmail.infra.delegation;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * Finds the parent zone by walking up the domain's labels and asking a resolver for NS
 * records: the first ancestor that has them is the zone cut above the domain. The
 * resolver is only used to find the parent's servers; the delegation itself is then
 * asked of those servers directly, so a cached negative answer cannot hide it.
 */
final class ParentDiscovery implements ParentLocator {

    private final Resolver resolver;
    private final int serverPort;

    /** @param serverPort where the discovered servers listen (53, except in tests) */
    ParentDiscovery(Resolver resolver, int serverPort) {
        this.resolver = resolver;
        this.serverPort = serverPort;
    }

    @Override
    public ParentZone locate(Name domain) throws ParentNotFoundException {
        for (int strip = 1; domain.labels() - strip >= 2; strip++) {
            Name candidate = new Name(domain, strip);
            Message reply = ask(candidate, Type.NS);
            Set<String> nameServers = new TreeSet<>(ReferralReader.targetsOwnedBy(candidate, reply, Section.ANSWER));
            // A non-recursive server answers for a zone below its own with a referral.
            nameServers.addAll(ReferralReader.targetsOwnedBy(candidate, reply, Section.AUTHORITY));
            if (!nameServers.isEmpty()) {
                return new ParentZone(Optional.of(DomainNames.normalize(candidate.toString())), servers(nameServers, reply));
            }
            if (reply.getRcode() != Rcode.NOERROR && reply.getRcode() != Rcode.NXDOMAIN) {
                throw new ParentNotFoundException("looking up the NS records of " + DomainNames.normalize(candidate.toString()) + " failed: "
                        + Rcode.string(reply.getRcode()));
            }
        }
        throw new ParentNotFoundException("no parent zone of " + DomainNames.normalize(domain.toString()) + " has NS records");
    }

    private List<ParentServer> servers(Set<String> nameServers, Message referral) throws ParentNotFoundException {
        List<ParentServer> servers = new ArrayList<>();
        for (String nameServer : nameServers) {
            Name name = Name.fromConstantString(DomainNames.normalize(nameServer) + ".");
            InetSocketAddress address = glue(name, referral)
                    .or(() -> lookUpAddress(name))
                    .map(ip -> new InetSocketAddress(ip, serverPort))
                    // Kept, so the report shows a server that could not be asked.
                    .orElseGet(() -> InetSocketAddress.createUnresolved(DomainNames.normalize(nameServer), serverPort));
            servers.add(new ParentServer(DomainNames.normalize(nameServer), address));
        }
        return servers;
    }

    private static Optional<InetAddress> glue(Name nameServer, Message reply) {
        return firstAddress(nameServer, reply.getSection(Section.ADDITIONAL));
    }

    private Optional<InetAddress> lookUpAddress(Name nameServer) {
        for (int type : new int[] {Type.A, Type.AAAA}) {
            try {
                Optional<InetAddress> address = firstAddress(nameServer, ask(nameServer, type).getSection(Section.ANSWER));
                if (address.isPresent()) {
                    return address;
                }
            } catch (ParentNotFoundException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<InetAddress> firstAddress(Name owner, List<Record> records) {
        return records.stream()
                .filter(record -> record.getName().equals(owner))
                .map(record -> record instanceof ARecord a ? a.getAddress()
                        : record instanceof AAAARecord aaaa ? aaaa.getAddress() : null)
                .filter(Objects::nonNull)
                .findFirst();
    }

    private Message ask(Name name, int type) throws ParentNotFoundException {
        try {
            return resolver.send(Message.newQuery(Record.newRecord(name, type, DClass.IN)));
        } catch (IOException e) {
            throw new ParentNotFoundException("looking up " + Type.string(type) + " of " + DomainNames.normalize(name.toString())
                    + " failed: " + e.getMessage());
        }
    }
}

package com.rootmail.infra.delegation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.xbill.DNS.Message;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Section;

/**
 * Reads a parent server's reply to "NS of the domain?". A parent answers with a referral
 * (the NS records in the authority section); a server that also hosts the child zone
 * answers directly. Only NS records owned by the domain itself count.
 */
final class ReferralReader {

    private ReferralReader() {}

    static Observation read(Name domain, Message reply, String transport) {
        int rcode = reply.getRcode();
        if (rcode == Rcode.NXDOMAIN) {
            return Observation.found(Set.of(), "NXDOMAIN " + transport);
        }
        if (rcode != Rcode.NOERROR) {
            return Observation.failed("answered " + Rcode.string(rcode) + " " + transport);
        }
        Set<String> answer = targetsOwnedBy(domain, reply, Section.ANSWER);
        if (!answer.isEmpty()) {
            return Observation.found(answer, "answer " + transport);
        }
        Set<String> referral = targetsOwnedBy(domain, reply, Section.AUTHORITY);
        if (!referral.isEmpty()) {
            return Observation.found(referral, "referral " + transport);
        }
        return Observation.found(Set.of(), otherReferral(reply)
                .map(owner -> "no delegation, only a referral to " + owner + " " + transport)
                .orElse("no NS records " + transport));
    }

    static Set<String> targetsOwnedBy(Name owner, Message reply, int section) {
        return nsRecords(reply, section).stream()
                .filter(ns -> ns.getName().equals(owner))
                .map(ns -> ns.getTarget().toString())
                .collect(Collectors.toSet());
    }

    private static Optional<String> otherReferral(Message reply) {
        return nsRecords(reply, Section.AUTHORITY).stream().map(ns -> DomainNames.normalize(ns.getName().toString())).findFirst();
    }

    private static List<NSRecord> nsRecords(Message reply, int section) {
        return reply.getSection(section).stream()
                .filter(NSRecord.class::isInstance)
                .map(NSRecord.class::cast)
                .toList();
    }
}

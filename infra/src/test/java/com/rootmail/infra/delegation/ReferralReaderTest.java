package com.rootmail.infra.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/** Replies built in memory, for the shapes a live nsd does not easily produce. */
class ReferralReaderTest {

    static final Name DOMAIN = Name.fromConstantString("aws.mycompany.test.");

    @Test
    void serverHostingTheChildZoneAnswersDirectlyAndThatCounts() {
        Message reply = reply(Rcode.NOERROR);
        reply.addRecord(ns(DOMAIN, "ns-1.awsdns-01.org."), Section.ANSWER);

        Observation observation = ReferralReader.read(DOMAIN, reply, "over UDP");

        assertThat(observation.nameServers()).containsExactly("ns-1.awsdns-01.org");
        assertThat(observation.detail()).isEqualTo("answer over UDP");
    }

    @Test
    void referralToAnAncestorIsNoDelegationOfTheDomain() {
        Message reply = reply(Rcode.NOERROR);
        reply.addRecord(ns(Name.fromConstantString("mycompany.test."), "ns1.mycompany.test."), Section.AUTHORITY);

        Observation observation = ReferralReader.read(DOMAIN, reply, "over UDP");

        assertThat(observation.answered()).isTrue();
        assertThat(observation.nameServers()).isEmpty();
        assertThat(observation.detail()).isEqualTo("no delegation, only a referral to mycompany.test over UDP");
    }

    @Test
    void noDataWithTheZonesSoaIsNoDelegation() {
        Message reply = reply(Rcode.NOERROR);
        reply.addRecord(new SOARecord(Name.fromConstantString("mycompany.test."), DClass.IN, 60,
                Name.fromConstantString("ns1.mycompany.test."), Name.fromConstantString("h.mycompany.test."), 1, 1, 1, 1, 1),
                Section.AUTHORITY);

        Observation observation = ReferralReader.read(DOMAIN, reply, "over UDP");

        assertThat(observation.nameServers()).isEmpty();
        assertThat(observation.detail()).isEqualTo("no NS records over UDP");
    }

    @Test
    void refusalIsNoAnswer() {
        Observation observation = ReferralReader.read(DOMAIN, reply(Rcode.REFUSED), "over UDP");

        assertThat(observation.answered()).isFalse();
        assertThat(observation.detail()).isEqualTo("answered REFUSED over UDP");
    }

    private static Message reply(int rcode) {
        Message reply = Message.newQuery(Record.newRecord(DOMAIN, Type.NS, DClass.IN));
        reply.getHeader().setRcode(rcode);
        return reply;
    }

    private static NSRecord ns(Name owner, String target) {
        return new NSRecord(owner, DClass.IN, 60, Name.fromConstantString(target));
    }
}

package com.rootmail.infra.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class ParentServerTest {

    @Test
    void hostPortFormsAreReadWithoutTouchingTheNetwork() {
        assertThat(ParentServer.parse("127.0.0.1:5353").address()).satisfies(address -> {
            assertThat(address.isUnresolved()).isTrue();
            assertThat(address.getHostString()).isEqualTo("127.0.0.1");
            assertThat(address.getPort()).isEqualTo(5353);
        });
        assertThat(ParentServer.parse("[::1]:5353").label()).isEqualTo("[::1]:5353");
        assertThat(ParentServer.parse("localhost").label()).isEqualTo("localhost:53");
    }

    @Test
    void discoveredServerIsLabelledWithItsNameAndAddress() throws Exception {
        ParentServer server = new ParentServer("ns1.mycompany.test",
                new InetSocketAddress(InetAddress.getByAddress("ns1.mycompany.test.", new byte[] {127, 0, 0, 1}), 53));

        assertThat(server.label()).isEqualTo("ns1.mycompany.test (127.0.0.1:53)");
    }

    @Test
    void malformedServersAreRejectedWithTheReason() {
        assertThatIllegalArgumentException().isThrownBy(() -> ParentServer.parse("127.0.0.1:dns")).withMessageContaining("not a number");
        assertThatIllegalArgumentException().isThrownBy(() -> ParentServer.parse("127.0.0.1:70000")).withMessageContaining("range");
        assertThatIllegalArgumentException().isThrownBy(() -> ParentServer.parse("::1:53")).withMessageContaining("[address]:port");
        assertThatIllegalArgumentException().isThrownBy(() -> ParentServer.parse(":53")).withMessageContaining("no host");
    }

    @Test
    void bracketedAddressMustBeClosedAndFollowedByNothingButAPort() {
        assertThatIllegalArgumentException().isThrownBy(() -> ParentServer.parse("[::1:53"))
                .withMessage("invalid server '[::1:53' (HOST:PORT): missing ']'");
        assertThatIllegalArgumentException().isThrownBy(() -> ParentServer.parse("[::1]53"))
                .withMessage("invalid server '[::1]53' (HOST:PORT): expected ':' after ']'");
        assertThatIllegalArgumentException().isThrownBy(() -> ParentServer.parse("[]:53"))
                .withMessage("invalid server '[]:53' (HOST:PORT): no host");
        assertThatIllegalArgumentException().isThrownBy(() -> ParentServer.parse("127.0.0.1:0"))
                .withMessage("invalid server '127.0.0.1:0' (HOST:PORT): port out of range 1-65535");
    }
}

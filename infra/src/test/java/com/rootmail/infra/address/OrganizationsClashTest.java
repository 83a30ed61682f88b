package com.rootmail.infra.address;

import static org.assertj.core.api.Assertions.assertThat;

import com.rootmail.infra.address.aws.FakeOrganizationsEndpoint;
import com.rootmail.infra.address.aws.OrganizationsExistingAddresses;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

class OrganizationsClashTest {

    private static final RootDomain DOMAIN = RootDomain.of("aws.mycompany.test");

    @Test
    void anAddressAnAccountAlreadyUsesIsRedrawn() throws Exception {
        // The same seeded source twice: the first run shows which address the second will draw first.
        List<RootAddress> unchecked = new RootAddresses(DOMAIN, new SplittableRandom(42)).random(3);
        String clash = unchecked.get(0).email().toUpperCase();
        try (var endpoint = new FakeOrganizationsEndpoint(List.of(
                        List.of("root+aaaaaaaaaaaa@aws.mycompany.test"), List.of(clash)));
                OrganizationsClient client = endpoint.client()) {

            List<RootAddress> checked = new RootAddresses(DOMAIN, new SplittableRandom(42))
                    .random(2, new OrganizationsExistingAddresses(client));

            assertThat(checked).containsExactly(unchecked.get(1), unchecked.get(2));
            assertThat(endpoint.requests()).extracting(FakeOrganizationsEndpoint.Request::target)
                    .containsExactly("AWSOrganizationsV20161128.ListAccounts", "AWSOrganizationsV20161128.ListAccounts");
        }
    }
}

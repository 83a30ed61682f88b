package com.rootmail.infra.address.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

class OrganizationsExistingAddressesTest {

    @Test
    void everyPageOfListAccountsIsReadAndEmailsAreLowerCased() throws Exception {
        try (var endpoint = new FakeOrganizationsEndpoint(List.of(
                        List.of("Root+A@Example.test", "root+b@example.test"),
                        List.of(),
                        List.of("root+c@example.test")));
                OrganizationsClient client = endpoint.client()) {

            var emails = new OrganizationsExistingAddresses(client).emails();

            assertThat(emails).containsExactlyInAnyOrder(
                    "root+a@example.test", "root+b@example.test", "root+c@example.test");
        }
    }

    @Test
    void theSdkSendsSignedJsonListAccountsRequestsThatFollowNextToken() throws Exception {
        try (var endpoint = new FakeOrganizationsEndpoint(List.of(List.of("a@b.test"), List.of("c@d.test")));
                OrganizationsClient client = endpoint.client()) {

            new OrganizationsExistingAddresses(client).emails();

            var json = new ObjectMapper();
            assertThat(endpoint.requests()).hasSize(2).allSatisfy(request -> {
                assertThat(request.method()).isEqualTo("POST");
                assertThat(request.path()).isEqualTo("/");
                assertThat(request.target()).isEqualTo("AWSOrganizationsV20161128.ListAccounts");
                assertThat(request.contentType()).isEqualTo("application/x-amz-json-1.1");
                assertThat(request.authorization())
                        .startsWith("AWS4-HMAC-SHA256 Credential=AKIDTEST/")
                        .contains("/us-east-1/organizations/aws4_request");
            });
            assertThat(endpoint.requests().get(0).body()).isEqualTo(json.readTree("{}"));
            assertThat(endpoint.requests().get(1).body()).isEqualTo(json.readTree("{\"NextToken\":\"page-1\"}"));
        }
    }

    @Test
    void anOrganizationsErrorSaysWhatWasNeeded() throws Exception {
        try (var endpoint = new FakeOrganizationsEndpoint(List.of());
                OrganizationsClient client = endpoint.client()) {

            assertThatIllegalStateException().isThrownBy(() -> new OrganizationsExistingAddresses(client).emails())
                    .withMessageStartingWith("cannot list the organization's accounts")
                    .withMessageContaining("organizations:ListAccounts");
        }
    }
}

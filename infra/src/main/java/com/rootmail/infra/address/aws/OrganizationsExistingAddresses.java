package com.rootmail.infra.address.aws;

import com.rootmail.infra.address.ExistingAddresses;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;

/**
 * The email addresses of every account in the organization, from Organizations
 * {@code ListAccounts} (all pages). Needs {@code organizations:ListAccounts} in the
 * management account or a delegated administrator account.
 *
 * <pre>{@code
 * ExistingAddresses taken = OrganizationsExistingAddresses.fromDefaultCredentials();
 * List<RootAddress> fresh = RootAddresses.forDomain("aws.mycompany.test").random(3, taken);
 * }</pre>
 */
public final class OrganizationsExistingAddresses implements ExistingAddresses {

    private final OrganizationsClient organizations;

    public OrganizationsExistingAddresses(OrganizationsClient organizations) {
        this.organizations = Objects.requireNonNull(organizations, "organizations");
    }

    /**
     * Uses the default credentials chain. Organizations is a global service answered and
     * signed in us-east-1; naming that region (not aws-global) keeps the signature scope
     * right even when an endpoint is overridden.
     */
    public static OrganizationsExistingAddresses fromDefaultCredentials() {
        return new OrganizationsExistingAddresses(OrganizationsClient.builder()
                .region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .build());
    }

    @Override
    public Set<String> emails() {
        try {
            return listAllEmails();
        } catch (SdkException e) {
            throw new IllegalStateException("cannot list the organization's accounts (this needs AWS credentials"
                    + " allowed organizations:ListAccounts in the management account): " + e.getMessage(), e);
        }
    }

    private Set<String> listAllEmails() {
        return organizations.listAccountsPaginator(request -> { }).stream()
                .flatMap(page -> page.accounts().stream())
                .map(Account::email)
                .filter(Objects::nonNull)
                .map(email -> email.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}

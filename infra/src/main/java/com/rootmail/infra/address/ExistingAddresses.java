package com.rootmail.infra.address;

import java.util.Set;

/**
 * The email addresses already taken, which a new random address must not repeat.
 * {@code OrganizationsExistingAddresses} (package {@code address.aws}) lists the accounts
 * of the organization.
 *
 * <pre>{@code
 * ExistingAddresses taken = () -> Set.of("root+k3v7q2mxa4bz@aws.mycompany.test");
 * List<RootAddress> fresh = RootAddresses.forDomain("aws.mycompany.test").random(3, taken);
 * }</pre>
 */
@FunctionalInterface
public interface ExistingAddresses {

    /** Nothing is taken. */
    ExistingAddresses NONE = Set::of;

    /** Every taken address, read once per batch; compared without regard to case. */
    Set<String> emails();
}

package com.rootmail.infra;

import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.Resource;
import java.util.List;

/**
 * Where the parts of a {@link RootMail} go: their parent, their names and their region.
 * Every AWS resource gets one of the two explicit providers from here, never the default.
 *
 * <pre>{@code
 * new BucketV2(placement.child("mail"), args, placement.receiving());
 * }</pre>
 */
public record Placement(String name, Resource parent, ProviderResource homeProvider, ProviderResource receivingProvider) {

    /** A child's name, derived from the component's so two RootMails never clash. */
    public String child(String suffix) {
        return name + "-" + suffix;
    }

    /** Options for a resource in the home region (and for the global services, Route53 and IAM). */
    public CustomResourceOptions home(Resource... dependsOn) {
        return in(homeProvider, dependsOn).build();
    }

    /** Options for a resource in the receiving region. */
    public CustomResourceOptions receiving(Resource... dependsOn) {
        return in(receivingProvider, dependsOn).build();
    }

    /** Receiving-region options to extend, e.g. with {@code retainOnDelete}. */
    public CustomResourceOptions.Builder receivingBuilder(Resource... dependsOn) {
        return in(receivingProvider, dependsOn);
    }

    private CustomResourceOptions.Builder in(ProviderResource provider, Resource... dependsOn) {
        return CustomResourceOptions.builder().parent(parent).provider(provider).dependsOn(List.of(dependsOn));
    }
}

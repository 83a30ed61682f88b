package com.rootmail.policy.analyzer;

import com.google.protobuf.Struct;
import com.rootmail.policy.PolicyResource;
import java.util.Optional;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerProviderResource;
import pulumirpc.AnalyzerOuterClass.AnalyzerResource;

/**
 * The engine's view of a resource turned into a {@link PolicyResource}. The analyzer
 * protocol carries no id and no {@code retainOnDelete}, so those stay unknown; the region
 * is the one the resource's provider is configured with.
 */
final class AnalyzerResources {

    private AnalyzerResources() {
    }

    static PolicyResource of(AnalyzeRequest request) {
        return of(request.getType(), request.getName(), request.getUrn(), request.getProperties(),
                request.hasProvider() ? Optional.of(request.getProvider()) : Optional.empty());
    }

    static PolicyResource of(AnalyzerResource resource) {
        return of(resource.getType(), resource.getName(), resource.getUrn(), resource.getProperties(),
                resource.hasProvider() ? Optional.of(resource.getProvider()) : Optional.empty());
    }

    private static PolicyResource of(String type, String name, String urn, Struct properties,
            Optional<AnalyzerProviderResource> provider) {
        String region = provider
                .map(p -> StructValues.plain(p.getProperties()).get("region"))
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .orElse("");
        return new PolicyResource(type, name, urn, "", provider.map(AnalyzerProviderResource::getName).orElse(""),
                region, StructValues.plain(properties), Optional.empty());
    }
}

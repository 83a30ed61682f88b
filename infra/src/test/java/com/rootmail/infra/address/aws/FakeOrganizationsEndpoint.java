package com.rootmail.infra.address.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

/**
 * Organizations on 127.0.0.1, speaking its wire protocol (AWS JSON 1.1): answers
 * {@code ListAccounts} page by page with {@code NextToken}s and records every request.
 */
public final class FakeOrganizationsEndpoint implements AutoCloseable {

    /** One request as it reached the endpoint. */
    public record Request(String method, String path, String target, String contentType,
                          String authorization, JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<List<String>> pages;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    /** Serves the account emails in {@code pages}, one page per call. */
    public FakeOrganizationsEndpoint(List<List<String>> pages) throws IOException {
        this.pages = List.copyOf(pages);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** A client as production builds it, but pointed here with test credentials. */
    public OrganizationsClient client() {
        return OrganizationsClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("X-Amz-Target"),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("Authorization"), body));
        int page = body.hasNonNull("NextToken") ? Integer.parseInt(body.get("NextToken").asText().substring(5)) : 0;
        reply(exchange, page < pages.size() ? 200 : 400, page < pages.size()
                ? listAccountsPage(page)
                : JSON.createObjectNode().put("__type", "InvalidInputException").put("Message", "bad NextToken"));
    }

    private ObjectNode listAccountsPage(int page) {
        ObjectNode reply = JSON.createObjectNode();
        ArrayNode accounts = reply.putArray("Accounts");
        List<String> emails = pages.get(page);
        for (int i = 0; i < emails.size(); i++) {
            accounts.addObject()
                    .put("Id", String.format("%06d%06d", page, i))
                    .put("Arn", "arn:aws:organizations::000000000000:account/o-example/" + page + i)
                    .put("Email", emails.get(i))
                    .put("Name", "account " + page + "/" + i)
                    .put("Status", "ACTIVE")
                    .put("JoinedMethod", "CREATED")
                    .put("JoinedTimestamp", 1.7e9);
        }
        if (page + 1 < pages.size()) {
            reply.put("NextToken", "page-" + (page + 1));
        }
        return reply;
    }

    private static void reply(HttpExchange exchange, int status, ObjectNode json) {
        try (exchange) {
            byte[] bytes = JSON.writeValueAsString(json).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.getResponseHeaders().add("x-amzn-RequestId", "test-request");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

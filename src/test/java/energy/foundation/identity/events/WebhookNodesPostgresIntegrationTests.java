package energy.foundation.identity.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import energy.foundation.identity.FoundationIdentityApplication;
import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.LiveServiceTests;
import energy.foundation.identity.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service nodes on one PostgreSQL schema (this test's application context and a
 * second one it starts) take SCIM writes and deliver webhooks at the same time: the
 * receiver gets every event once, in feed order, and never two requests at once.
 */
class WebhookNodesPostgresIntegrationTests extends WebhookTests {

	private static final String SCHEMA = "webhook_nodes";

	private static ConfigurableApplicationContext secondNode;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgresOfOwn(registry, SCHEMA);
	}

	@BeforeAll
	static void startSecondNode() {
		Map<String, Object> properties = new LinkedHashMap<>();
		TestDatabases.postgresOfOwn((name, value) -> properties.put(name, value.get()), SCHEMA);
		for (String property : WebhookTests.class.getAnnotation(TestPropertySource.class).properties()) {
			properties.put(property.substring(0, property.indexOf('=')), property.substring(property.indexOf('=') + 1));
		}
		properties.put("server.port", "0");
		properties.put("foundation.bootstrap-operator-token", LiveServiceTests.OPERATOR_TOKEN);
		String[] arguments = properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		secondNode = new SpringApplicationBuilder(FoundationIdentityApplication.class).run(arguments);
	}

	@AfterAll
	static void stopSecondNode() {
		if (secondNode != null) {
			secondNode.close();
		}
	}

	@Test
	void deliveryWhenTwoNodesWriteAndDeliverAtOnceThenNoEventTwiceAndOrderKept() throws Exception {
		// a receiver slow enough that overlapping senders would show
		this.receiver.answerAfter(20);
		HttpCaller firstScim = this.tenant.scim();
		String secondRoot = "http://localhost:" + secondNode.getEnvironment().getProperty("local.server.port");
		HttpCaller secondScim = new HttpCaller(this.tenant.scimBaseUrl().replace(rootUrl(), secondRoot),
				this.tenant.secret());
		ExecutorService clients = Executors.newFixedThreadPool(4);
		List<Future<?>> writes = new ArrayList<>();
		try {
			for (int i = 0; i < 4; i++) {
				HttpCaller scim = (i % 2 == 0) ? firstScim : secondScim;
				HttpCaller other = (i % 2 == 0) ? secondScim : firstScim;
				String userName = "user" + i;
				writes.add(clients.submit(() -> {
					String id = createUser(scim, userName);
					for (int n = 1; n <= 10; n++) {
						patch((n % 2 == 0) ? scim : other, "/Users/" + id, "replace", "displayName",
								"\"" + userName + " " + n + "\"");
					}
				}));
			}
			for (Future<?> write : writes) {
				write.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			clients.shutdownNow();
		}

		List<JsonNode> received = awaitAllDelivered(44);

		assertThat(ids(received)).hasSize(44).doesNotHaveDuplicates().isEqualTo(ids(feedEvents()));
		assertThat(this.receiver.mostAtOnce()).isEqualTo(1);
		assertThat(this.receiver.requests()).allSatisfy((request) -> assertThat(request.answeredWith()).isEqualTo(200));
		assertThat(this.receiver.problems()).isEmpty();
	}

}

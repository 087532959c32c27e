package energy.foundation.identity.provisioning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts and times the requests a simulated provider sends, by kind ("create user",
 * "patch members"...) and by status. Thread-safe.
 */
final class RequestStatistics {

	private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();

	private final Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();

	private volatile long startNanos = System.nanoTime();

	/**
	 * Forgets everything recorded and restarts the clock.
	 */
	void reset() {
		this.latencies.clear();
		this.statuses.clear();
		restartClock();
	}

	void restartClock() {
		this.startNanos = System.nanoTime();
	}

	void record(String kind, int status, long nanos) {
		List<Long> times = this.latencies.computeIfAbsent(kind,
				(key) -> Collections.synchronizedList(new ArrayList<>()));
		times.add(nanos);
		this.statuses.computeIfAbsent(kind + " " + status, (key) -> new AtomicLong()).incrementAndGet();
	}

	/**
	 * How many requests of a kind were sent.
	 */
	int count(String kind) {
		List<Long> times = this.latencies.get(kind);
		return (times != null) ? times.size() : 0;
	}

	/**
	 * How many requests of a kind were answered with a status.
	 */
	long count(String kind, int status) {
		AtomicLong count = this.statuses.get(kind + " " + status);
		return (count != null) ? count.get() : 0;
	}

	int total() {
		return this.latencies.values().stream().mapToInt(List::size).sum();
	}

	/**
	 * Counts by kind and status, for example {@code {"create user 201": 200}}.
	 */
	Map<String, Long> countsByStatus() {
		Map<String, Long> counts = new TreeMap<>();
		this.statuses.forEach((key, value) -> counts.put(key, value.get()));
		return counts;
	}

	/**
	 * A table of requests per second and latency percentiles per kind since the clock was
	 * last restarted.
	 */
	String report() {
		double seconds = (System.nanoTime() - this.startNanos) / 1e9;
		StringBuilder table = new StringBuilder();
		table.append(String.format(Locale.ROOT, "%-22s %7s %9s %9s %9s %9s%n", "kind", "count", "p50 ms", "p95 ms",
				"p99 ms", "max ms"));
		new TreeMap<>(this.latencies).forEach((kind, times) -> table.append(row(kind, times)));
		table.append(String.format(Locale.ROOT, "%d requests in %.1f s = %.1f requests/second%n", total(), seconds,
				total() / seconds));
		return table.toString();
	}

	private static String row(String kind, List<Long> times) {
		List<Long> sorted;
		synchronized (times) {
			sorted = new ArrayList<>(times);
		}
		Collections.sort(sorted);
		return String.format(Locale.ROOT, "%-22s %7d %9.1f %9.1f %9.1f %9.1f%n", kind, sorted.size(),
				percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100));
	}

	private static double percentile(List<Long> sorted, int percent) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

}

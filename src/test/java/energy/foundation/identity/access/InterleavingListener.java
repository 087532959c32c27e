package energy.foundation.identity.access;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import energy.foundation.identity.directory.DirectoryChange;
import energy.foundation.identity.directory.DirectoryListener;
import org.jooq.DSLContext;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Lets a test run other work, in a transaction of its own on another thread, while the
 * deletion of a chosen resource is being told: after the directory changed its rows and
 * before the access listener takes the organisation's lock, where a concurrent request
 * could commit in production. The deletion waits until the work is done; nothing is
 * timed.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
final class InterleavingListener implements DirectoryListener {

	private final AtomicReference<Interleaving> next = new AtomicReference<>();

	/**
	 * Runs the work once, the next time the resource with this id is deleted.
	 */
	void whenDeleted(UUID resourceId, Runnable work) {
		this.next.set(new Interleaving(resourceId, work));
	}

	@Override
	public void changed(DSLContext transaction, DirectoryChange change) {
		Interleaving interleaving = this.next.get();
		if (!(change instanceof DirectoryChange.Deleted deleted) || interleaving == null
				|| !deleted.resource().id().equals(interleaving.resourceId())
				|| !this.next.compareAndSet(interleaving, null)) {
			return;
		}
		CompletableFuture.runAsync(interleaving.work(), (task) -> Thread.ofPlatform().start(task)).join();
	}

	private record Interleaving(UUID resourceId, Runnable work) {

	}

}

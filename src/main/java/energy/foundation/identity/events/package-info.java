/**
 * Change events: the transactional outbox that records every change of a user, group,
 * membership or effective role in the transaction of the change, and its delivery to the
 * platform's instances by signed webhooks and a pull feed.
 */
@NullMarked
package energy.foundation.identity.events;

import org.jspecify.annotations.NullMarked;

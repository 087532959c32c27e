/**
 * Access: the roles of each instance, their assignments to users and to groups, and the
 * effective roles that follow (direct assignments plus those of every group a user
 * belongs to, directly or through nested groups), kept materialised and told as role
 * events in the transaction of every change that moves them.
 */
@NullMarked
package energy.foundation.identity.access;

import org.jspecify.annotations.NullMarked;

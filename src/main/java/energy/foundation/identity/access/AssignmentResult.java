package energy.foundation.identity.access;

/**
 * What an assignment or its removal changed.
 *
 * @param changed whether the assignment was added or removed (it was not when it existed
 * already, or did not exist)
 * @param changes how many effective roles were granted and revoked
 */
public record AssignmentResult(boolean changed, RoleChanges changes) {

}

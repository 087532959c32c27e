package energy.foundation.identity.directory;

/**
 * How many users and groups an organisation's directory holds.
 *
 * @param users all users
 * @param members users who are not guests
 * @param guests Entra ID B2B guests (see {@link GuestUsers})
 * @param disabled users whose {@code active} is {@code false}
 * @param groups all groups
 */
public record DirectoryStatistics(long users, long members, long guests, long disabled, long groups) {

}

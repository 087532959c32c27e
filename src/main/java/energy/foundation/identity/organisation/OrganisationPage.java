package energy.foundation.identity.organisation;

import java.util.List;

/**
 * One page of organisations, for a console's list.
 *
 * @param organisations the organisations of the page, by name
 * @param total how many organisations match in all
 */
public record OrganisationPage(List<Organisation> organisations, long total) {

	public OrganisationPage {
		organisations = List.copyOf(organisations);
	}

}

package energy.foundation.identity.admin;

import java.util.List;

/**
 * A multi-valued attribute (e-mails, phone numbers, addresses, ...) as a table: one row
 * per value, one column per sub-attribute any value has.
 *
 * @param title the attribute's name for people
 * @param path the SCIM attribute name
 * @param columns the sub-attributes' names for people
 * @param rows the values, as text, in column order
 */
record ValueTable(String title, String path, List<String> columns, List<List<String>> rows) {

}

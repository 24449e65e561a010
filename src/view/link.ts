/** A link to another page with the text it shows. */
export interface Link {
	href: string;
	text: string;
}

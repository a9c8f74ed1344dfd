/** The desk's pages by record (kept apart from the pages, so linking to one does not load it). */
export const contactPointPath = (id: string) => `/desk/contact-points/${encodeURIComponent(id)}`;

export const authorityPath = (id: string) => `/desk/authorities/${encodeURIComponent(id)}`;

export const eventPath = (id: string) => `/desk/events/${encodeURIComponent(id)}`;

export const resourcePath = (id: string) => `/desk/resources/${encodeURIComponent(id)}`;

export const workingGroupPath = (id: string) => `/desk/working-groups/${encodeURIComponent(id)}`;

export const countryProfilePath = (country: string) => `/desk/country-profiles/${encodeURIComponent(country)}`;

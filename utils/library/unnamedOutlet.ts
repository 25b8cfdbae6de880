// The outlet a kept article is given when the page named none and had no URL: a placeholder,
// never a name two articles can share.
export const UNNAMED_OUTLET = 'Unnamed outlet';

import { render } from 'preact';

render(<p>Crossquote</p>, document.getElementById('app')!);

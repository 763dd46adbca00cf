/**
 * Block editor panel "Automatic summary": summarizes the post as it stands in the
 * editor (saved or not) through POST /summar/v1/summary/<id>, shows the
 * result in its language and direction, and can copy it into the excerpt.
 * wp.apiFetch sends the REST nonce; the route checks edit_post.
 */
( function ( wp, settings ) {
	'use strict';

	var el = wp.element.createElement;
	var useState = wp.element.useState;
	var useSelect = wp.data.useSelect;
	var useDispatch = wp.data.useDispatch;
	var __ = wp.i18n.__;
	var Button = wp.components.Button;
	var Notice = wp.components.Notice;
	var Spinner = wp.components.Spinner;
	var PluginDocumentSettingPanel = wp.editPost.PluginDocumentSettingPanel;

	function SummaryPanel() {
		var post = useSelect( function ( select ) {
			var editor = select( 'core/editor' );
			return {
				id: editor.getCurrentPostId(),
				title: editor.getEditedPostAttribute( 'title' ) || '',
				content: editor.getEditedPostContent()
			};
		}, [] );
		var editPost = useDispatch( 'core/editor' ).editPost;
		var state = useState( { busy: false, summary: null, error: '' } );
		var current = state[ 0 ];
		var setState = state[ 1 ];

		function summarize() {
			setState( { busy: true, summary: null, error: '' } );
			wp.apiFetch( {
				path: '/summar/v1/summary/' + post.id,
				method: 'POST',
				data: {
					content: post.content,
					title: post.title,
					words: settings.words,
					paragraphs: settings.paragraphs,
					algorithm: settings.algorithm
				}
			} ).then( function ( summary ) {
				setState( { busy: false, summary: summary, error: '' } );
			}, function ( error ) {
				setState( { busy: false, summary: null, error: error.message || String( error ) } );
			} );
		}

		var children = [];
		if ( ! settings.available ) {
			children.push( el( Notice, { key: 'missing', status: 'warning', isDismissible: false },
				__( 'The summar PHP extension is not loaded.', 'summar-excerpts' ) ) );
		}
		children.push( el( Button, {
			key: 'go',
			variant: 'secondary',
			onClick: summarize,
			disabled: current.busy || ! post.id
		}, __( 'Summarize', 'summar-excerpts' ) ) );
		if ( current.busy ) {
			children.push( el( Spinner, { key: 'spin' } ) );
		}
		if ( current.error ) {
			children.push( el( Notice, { key: 'error', status: 'error', isDismissible: false }, current.error ) );
		}
		if ( current.summary ) {
			children.push( el( 'div', {
				key: 'text',
				className: 'summar-summary',
				dir: current.summary.direction,
				lang: current.summary.language || undefined
			}, current.summary.paragraphs.map( function ( text, i ) {
				return el( 'p', { key: i }, text );
			} ) ) );
			children.push( el( Button, {
				key: 'use',
				variant: 'link',
				onClick: function () {
					editPost( { excerpt: current.summary.paragraphs.join( '\n\n' ) } );
				}
			}, __( 'Use as the excerpt', 'summar-excerpts' ) ) );
		}

		return el( PluginDocumentSettingPanel, {
			name: 'summar-excerpts',
			className: 'summar-excerpts-panel',
			title: __( 'Automatic summary', 'summar-excerpts' )
		}, children );
	}

	wp.plugins.registerPlugin( 'summar-excerpts', { render: SummaryPanel } );
}( window.wp, window.summarExcerpts ) );

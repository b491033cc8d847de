console.log('demo: not implemented yet');

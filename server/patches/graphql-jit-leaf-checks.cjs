// Run after every install (package.json "postinstall"), after the exceljs patch. graphql-jit
// 0.8.9 compiles each leaf field (String, ID, Int, enum …) to a runtime call whose arguments are
// the field's error location and response path, written as array and object literals: they are
// built on every read, though only a null or an error ever uses them, and the call passes the
// list indexes through rest parameters (two more arrays). On the 2,000-row facilities page that
// was 10 leaves × 2,000 rows × 4 allocations, ~3 MB of the page's 8.6 MB of garbage (npm run
// bench). Here each leaf compiles to its own hoisted function: the value is checked and
// serialized with nothing allocated, and the location and path literals sit only on the error
// branches. A value the scalar refuses goes through graphql-jit's own serializer, so its error
// text and path stay exactly as they were. compiled-execution.test.ts compares every kind of
// leaf failure with graphql-js. The edit is checked against the exact text it replaces and
// refuses any other version.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const file = path.join(path.dirname(require.resolve('graphql-jit')), 'execution.js');
const marker = '/* gmis-graphql: leaves compiled without allocation */';
const original = [
  '    const serializerRef = `${GLOBAL_EXECUTION_CONTEXT}.serializers.${serializerName}`;',
  '    const extraIndexes = parentIndexes ? `, ${parentIndexes}` : "";',
  '    if (isNonNull) {',
  '      const nullMsg = `"Cannot return null for non-nullable field ${parentType.name}.${getFieldNodesName(fieldNodes)}."`;',
  '      return `${GLOBAL_RUNTIME_NAME}.checkNonNullLeaf(${GLOBAL_EXECUTION_CONTEXT}, ${sourcePath}, ${dest}, ${nullMsg}, ${locs}, ${path}, ${capStack}, ${serializerRef}, ${errHandler}${extraIndexes})`;',
  '    } else {',
  '      return `${GLOBAL_RUNTIME_NAME}.checkNullableLeaf(${GLOBAL_EXECUTION_CONTEXT}, ${sourcePath}, ${dest}, ${locs}, ${path}, ${capStack}, ${serializerRef}, ${errHandler}${extraIndexes})`;',
  '    }',
].join('\n');
const fixed = [
  '    const serializerRef = `${GLOBAL_EXECUTION_CONTEXT}.serializers.${serializerName}`;',
  '    const serializeValue = context.options.customSerializers[innerType.name] || ((val) => innerType.serialize(val));',
  '    context.serializers[`${serializerName}Value`] = serializeValue;',
  '    const nullMsg = `"Cannot return null for non-nullable field ${parentType.name}.${getFieldNodesName(fieldNodes)}."`;',
  '    const onNull = isNonNull ? `${dest}.push(new ${GLOBAL_EXECUTION_CONTEXT}.GraphQLError(${nullMsg}, ${locs}, ${path}, void 0, ${capStack}));` : "";',
  '    const leafHandler = getHoistedFunctionName(context, `${innerType.name}${originPaths.join("")}Leaf`);',
  '    context.hoistedFunctions.push(`',
  '      function ${leafHandler}(${GLOBAL_EXECUTION_CONTEXT}, value, ${parentIndexes}) {',
  '        if (value == null) { ${onNull} return null; }',
  '        if (value instanceof Error) { ${dest}.push(new ${GLOBAL_EXECUTION_CONTEXT}.GraphQLError(value.message ?? value, ${locs}, ${path}, value, ${capStack})); return null; }',
  '        let serialized;',
  '        try { serialized = ${serializerRef}Value(value); } catch (e) { serialized = void 0; }',
  '        if (serialized === void 0 || serialized !== serialized) return ${serializerRef}(${GLOBAL_EXECUTION_CONTEXT}, value, ${errHandler}, ${parentIndexes});',
  '        return serialized;',
  '      }`);',
  '    return `${leafHandler}(${GLOBAL_EXECUTION_CONTEXT}, ${sourcePath}, ${parentIndexes})`;',
].join('\n');

const text = fs.readFileSync(file, 'utf8');
if (!text.includes(marker)) {
  if (!text.includes(original)) {
    console.error(`${file}: not the graphql-jit 0.8.9 text this patch is for; check whether leaf checks still allocate upstream`);
    process.exit(1);
  }
  fs.writeFileSync(
    file,
    text.replace(original, () => `${marker}\n${fixed}`),
  );
}

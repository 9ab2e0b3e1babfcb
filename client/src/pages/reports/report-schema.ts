import { graphql } from '../../gql';

/**
 * The API's schema for the builder's editor (completion, error marks, the docs): the standard
 * introspection query, sent as one of the dashboard's own documents, so a server that runs only
 * trusted documents runs it too. The API answers it to analysts' and the office's sessions only.
 */
export const ReportBuilderPage_Schema = graphql(`
  query ReportBuilderPage_Schema {
    __schema {
      queryType {
        name
        kind
      }
      mutationType {
        name
        kind
      }
      subscriptionType {
        name
        kind
      }
      types {
        ...ReportBuilderPage_FullType
      }
      directives {
        name
        description
        isRepeatable
        locations
        args {
          ...ReportBuilderPage_InputValue
        }
      }
    }
  }

  fragment ReportBuilderPage_FullType on __Type {
    kind
    name
    description
    fields(includeDeprecated: true) {
      name
      description
      args {
        ...ReportBuilderPage_InputValue
      }
      type {
        ...ReportBuilderPage_TypeRef
      }
      isDeprecated
      deprecationReason
    }
    inputFields {
      ...ReportBuilderPage_InputValue
    }
    interfaces {
      ...ReportBuilderPage_TypeRef
    }
    enumValues(includeDeprecated: true) {
      name
      description
      isDeprecated
      deprecationReason
    }
    possibleTypes {
      ...ReportBuilderPage_TypeRef
    }
  }

  fragment ReportBuilderPage_InputValue on __InputValue {
    name
    description
    type {
      ...ReportBuilderPage_TypeRef
    }
    defaultValue
  }

  fragment ReportBuilderPage_TypeRef on __Type {
    kind
    name
    ofType {
      name
      kind
      ofType {
        name
        kind
        ofType {
          name
          kind
          ofType {
            name
            kind
            ofType {
              name
              kind
              ofType {
                name
                kind
                ofType {
                  name
                  kind
                }
              }
            }
          }
        }
      }
    }
  }
`);
